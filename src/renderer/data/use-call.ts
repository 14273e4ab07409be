import { hashKey, keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract/api';
import { call } from '../api/client';
import { callKey, channelKey, staleAfter, type StaleKind } from './query-keys';

export interface CallQueryOptions {
  enabled?: boolean;
  /** A list whose filters change: keep showing the last answer while the next one loads. */
  keepPrevious?: boolean;
}

/** A read through the cache: keyed by channel and input (query-keys.ts). */
export function useCallQuery<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  { enabled = true, keepPrevious = false }: CallQueryOptions = {},
) {
  return useQuery<OutputOf<C>, Error>({
    queryKey: callKey(channel, input),
    queryFn: () => call(channel, input),
    enabled,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/**
 * Marks stale every answer of the channels the given kinds of change touch; the shown ones load
 * again. `fresh` names answers the change itself just put in the cache: they are left alone.
 */
export async function invalidate(client: QueryClient, kinds: readonly StaleKind[], fresh: readonly QueryKey[] = []): Promise<void> {
  const channels = new Set<Channel>(kinds.flatMap((kind) => staleAfter[kind]));
  const freshHashes = new Set(fresh.map((key) => hashKey(key)));
  await Promise.all(
    [...channels].map((channel) =>
      client.invalidateQueries({ queryKey: channelKey(channel), predicate: (query) => !freshHashes.has(query.queryHash) }),
    ),
  );
}

/** For writes made through a form's own submit (useSubmit): call after the change succeeded. */
export function useInvalidate(): (...kinds: StaleKind[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback((...kinds: StaleKind[]) => invalidate(client, kinds), [client]);
}

/** A write: on success it invalidates what its kinds of change make stale. */
export function useCallMutation<C extends Channel>(channel: C, stale: readonly StaleKind[]) {
  const client = useQueryClient();
  return useMutation<OutputOf<C>, Error, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => invalidate(client, stale),
  });
}
