import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { call } from '../../api/client';
import { callKey } from '../../data/query-keys';
import { useCallQuery } from '../../data/use-call';
import { useDebounced } from '../../data/use-debounced';

const DEBOUNCE_MS = 150;
const NONE: ItemSummary[] = [];

/**
 * Debounced `catalogue.search` (name, code, keyword, pinyin initials). With `skipEmpty` an empty
 * query shows nothing instead of the whole catalogue. An import invalidates the answers (query-keys.ts).
 */
export function useCatalogueSearch(query: string, { limit = 20, skipEmpty = false } = {}) {
  const trimmed = query.trim();
  const asked = useDebounced(trimmed, DEBOUNCE_MS);
  const empty = skipEmpty && trimmed === '';
  const found = useCallQuery('catalogue.search', { query: asked, limit }, { enabled: !(skipEmpty && asked === ''), keepPrevious: true });
  const client = useQueryClient();
  /** The answer for what is typed now, asked at once (Enter typed faster than the debounce). */
  const answerNow = useCallback(
    () =>
      client.fetchQuery({
        queryKey: callKey('catalogue.search', { query: trimmed, limit }),
        queryFn: () => call('catalogue.search', { query: trimmed, limit }),
      }),
    [client, trimmed, limit],
  );
  return {
    results: empty ? NONE : (found.data ?? NONE),
    error: found.error?.message ?? null,
    loading: found.isFetching,
    /** True once the results on screen belong to the query typed now. */
    settled: empty || (asked === trimmed && found.isSuccess && !found.isPlaceholderData),
    answerNow,
  };
}
