import { useEffect, useState } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { call } from '../../api/client';

const DEBOUNCE_MS = 150;
const NONE: ItemSummary[] = [];

/**
 * Debounced `catalogue.search` (name, code, keyword, pinyin initials). With `skipEmpty` an empty
 * query shows nothing instead of the whole catalogue. Answers to stale queries are dropped.
 */
export function useCatalogueSearch(query: string, { limit = 20, skipEmpty = false, refreshKey = 0 } = {}) {
  const [results, setResults] = useState<ItemSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [answeredQuery, setAnsweredQuery] = useState<string | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    if (skipEmpty && trimmed === '') return;
    let stale = false;
    const timer = window.setTimeout(() => {
      setLoading(true);
      call('catalogue.search', { query: trimmed, limit })
        .then(
          (items) => {
            if (stale) return;
            setResults(items);
            setError(null);
            setAnsweredQuery(trimmed);
          },
          (caught: Error) => !stale && setError(caught.message),
        )
        .finally(() => !stale && setLoading(false));
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
    // refreshKey asks again after the catalogue itself changed.
  }, [trimmed, limit, skipEmpty, refreshKey]);

  const empty = skipEmpty && trimmed === '';
  return {
    results: empty ? NONE : results,
    error,
    loading,
    /** True once the results on screen belong to the query typed now. */
    settled: empty || answeredQuery === trimmed,
  };
}
