import { useCallback, useEffect, useState } from 'react';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import type { CaseDetail } from '../../../../shared/intake/case-types';
import type { CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';

/** The lifecycle of one case, reloaded after each change, which also hands the new detail up. */
export function useLifecycle(caseNo: string, onChanged: (detail: CaseDetail) => void) {
  const [lifecycle, setLifecycle] = useState<CaseLifecycle | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    call('lifecycle.get', { caseNo }).then(
      (found) => {
        setLifecycle(found);
        setError(null);
      },
      (caught: Error) => setError(caught.message),
    );
  }, [caseNo]);

  useEffect(reload, [reload]);

  /** For the action forms: applies a change's result (errors go to the form that made the call). */
  const applied = useCallback(
    (result: LifecycleResult) => {
      setLifecycle(result.lifecycle);
      onChanged(result.detail);
    },
    [onChanged],
  );

  return { lifecycle, error, reload, applied };
}
