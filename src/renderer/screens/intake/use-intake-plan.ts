import { useEffect, useState } from 'react';
import type { IntakePlan } from '../../../shared/contract/case-endpoints';
import { call } from '../../api/client';

/** The joint material list and promised date for the chosen items; stale answers are dropped. */
export function useIntakePlan(itemCodes: readonly string[]) {
  const [plan, setPlan] = useState<IntakePlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const key = itemCodes.join('|');

  useEffect(() => {
    if (key === '') {
      setPlan(null);
      setError(null);
      return;
    }
    let stale = false;
    setLoading(true);
    call('intake.plan', { itemCodes: key.split('|') })
      .then(
        (next) => {
          if (stale) return;
          setPlan(next);
          setError(null);
        },
        (caught: Error) => {
          if (stale) return;
          setPlan(null);
          setError(caught.message);
        },
      )
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [key]);

  // A plan for another selection is never shown as this one's.
  const sameItems = (p: IntakePlan) =>
    p.items
      .map((item) => item.code)
      .sort()
      .join('|') === [...itemCodes].sort().join('|');
  const current = plan && sameItems(plan) ? plan : null;
  return { plan: current, error, loading };
}
