import { api } from '../../shared/contract/api';
import { mayCall } from '../../shared/contract/endpoint';
import { useNav } from '../stores/nav-store';
import { useSession } from '../stores/session-store';
import { useHotkey } from './use-hotkey';

/** Shortcuts that work on every page of the shell: F2 goes to the intake item search. */
export function GlobalHotkeys() {
  const role = useSession((s) => s.status?.user?.role);
  const focusItemSearch = useNav((s) => s.focusItemSearch);
  useHotkey('F2', focusItemSearch, mayCall(api['cases.register'].access, role));
  return null;
}
