import { call } from '../api/client';
import { callKey } from '../data/query-keys';
import { usePushedState } from '../data/use-pushed-state';

const statusKey = callKey('sync.status', {});

/** The sync state shown in the header and the sync panel: read once, then kept current by the back end's pushes. */
export function useSyncStatus() {
  return usePushedState('sync.status', statusKey, () => call('sync.status', {}));
}
