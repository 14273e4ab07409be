import { api } from '../../../shared/contract/api';
import { mayCall } from '../../../shared/contract/endpoint';
import { useSession } from '../../stores/session-store';
import { IntakeScreen } from './IntakeScreen';

/**
 * The intake screen, kept mounted on every page of the shell and only hidden away from its own:
 * a clerk who checks the guide or an old case mid-intake comes back to the draft as it was.
 */
export function KeptIntake({ visible }: { visible: boolean }) {
  const role = useSession((s) => s.status?.user?.role);
  if (!mayCall(api['cases.register'].access, role)) return null;
  return (
    <div hidden={!visible}>
      <IntakeScreen active={visible} />
    </div>
  );
}
