import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { subscribePushes } from '../../api/push-source';
import { callKey } from '../../data/query-keys';

const trayKey = callKey('materials.scans', {});

/**
 * The 待归档扫描件 tray of this desk's scanner folder: read once, then kept current by the back
 * end's pushes (a file arrives, a scan leaves the tray): nothing asks again on a timer.
 */
export function useScanTray() {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribePushes((push) => {
        if (push.event === 'materials.scans') client.setQueryData(trayKey, push.data);
      }),
    [client],
  );
  return useQuery({ queryKey: trayKey, queryFn: () => call('materials.scans', {}) }).data ?? null;
}
