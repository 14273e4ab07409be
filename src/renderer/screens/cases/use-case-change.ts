import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LifecycleResult } from '../../../shared/contract/lifecycle-endpoints';
import { callKey } from '../../data/query-keys';
import { invalidate } from '../../data/use-call';

/**
 * After a change to a case (a lifecycle action, a 更正 or 作废): the answer's detail and
 * lifecycle go straight into the cache, and every list or figure a case change touches loads again.
 */
export function useCaseChange(): (result: LifecycleResult) => void {
  const client = useQueryClient();
  return useCallback(
    (result: LifecycleResult) => {
      const caseNo = result.detail.caseNo;
      const detailKey = callKey('cases.get', { caseNo });
      const lifecycleKey = callKey('lifecycle.get', { caseNo });
      client.setQueryData(detailKey, result.detail);
      client.setQueryData(lifecycleKey, result.lifecycle);
      void invalidate(client, ['caseChange'], [detailKey, lifecycleKey]);
    },
    [client],
  );
}
