import { useCallQuery } from '../../data/use-call';

/** The joint material list and promised date for the chosen items (none while nothing is chosen). */
export function useIntakePlan(itemCodes: readonly string[]) {
  const chosen = itemCodes.length > 0;
  const found = useCallQuery('intake.plan', { itemCodes: [...itemCodes] }, { enabled: chosen });
  return {
    plan: chosen ? (found.data ?? null) : null,
    error: chosen ? (found.error?.message ?? null) : null,
    loading: chosen && found.isFetching,
  };
}
