import { useCallQuery } from '../../data/use-call';

/** A list of case rows with its clock facts (我的案件, 代办工作台); loads again when a case change invalidates it. */
export function useClockList(channel: 'supervision.myCases' | 'agents.worklist') {
  const { data, error, isPending } = useCallQuery(channel, {});
  return {
    rows: data?.rows ?? [],
    today: data?.today ?? '',
    yellowDays: data?.yellowDays ?? 2,
    error: error?.message ?? null,
    loading: isPending,
  };
}
