import { useCallQuery } from '../../../data/use-call';
import { useCaseChange } from '../use-case-change';

/** The lifecycle of one case; `applied` takes a change's result (errors go to the form that made the call). */
export function useLifecycle(caseNo: string) {
  const { data, error } = useCallQuery('lifecycle.get', { caseNo });
  return { lifecycle: data ?? null, error: error?.message ?? null, applied: useCaseChange() };
}
