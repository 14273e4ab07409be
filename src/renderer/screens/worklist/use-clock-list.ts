import { useEffect, useState } from 'react';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';

/** Loads a list of case rows (pass a stable `load`), again whenever `tick` moves (after the case drawer closes). */
export function useClockList(load: () => Promise<{ rows: CaseClockRow[]; today: string; yellowDays: number }>, tick: number) {
  const [rows, setRows] = useState<CaseClockRow[]>([]);
  const [today, setToday] = useState('');
  const [yellowDays, setYellowDays] = useState(2);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let stale = false;
    setLoading(true);
    load()
      .then(
        (found) => {
          if (stale) return;
          setRows(found.rows);
          setToday(found.today);
          setYellowDays(found.yellowDays);
          setError(null);
        },
        (caught: Error) => !stale && setError(caught.message),
      )
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [load, tick]);
  return { rows, today, yellowDays, error, loading };
}
