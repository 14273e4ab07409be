import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../api/client';
import { subscribePushes } from '../api/push-source';
import { callKey } from '../data/query-keys';

const statusKey = callKey('sync.status', {});

/**
 * The sync state shown in the header. Read once when the header appears, then kept current by
 * the back end's pushes (it sends the state whenever it changes): nothing asks again on a timer.
 */
export function useSyncStatus() {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribePushes((push) => {
        if (push.event === 'sync.status') client.setQueryData(statusKey, push.data);
      }),
    [client],
  );
  return useQuery({ queryKey: statusKey, queryFn: () => call('sync.status', {}) }).data ?? null;
}
