import { call } from '../../api/client';
import { callKey } from '../../data/query-keys';
import { usePushedState } from '../../data/use-pushed-state';

const trayKey = callKey('materials.scans', {});

/**
 * The 待归档扫描件 tray of this desk's scanner folder: read once, then kept current by the back
 * end's pushes (a file arrives, a scan leaves the tray).
 */
export function useScanTray() {
  return usePushedState('materials.scans', trayKey, () => call('materials.scans', {}));
}
