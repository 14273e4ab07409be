import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribePushes } from '../api/push-source';
import type { PushEventName, PushPayload } from '../../shared/contract/push-events';
import { readBesidePushes, type ReadBesidePushes } from './read-beside-pushes';

const readsByEvent = new Map<PushEventName, ReadBesidePushes>();

function readsOf(event: PushEventName): ReadBesidePushes {
  const reads = readsByEvent.get(event) ?? readBesidePushes();
  readsByEvent.set(event, reads);
  return reads;
}

/**
 * A state the back end pushes whenever it changes (push-events.ts), cached under the key of the
 * call that reads it: read once when a screen shows it (and again when a change invalidates the
 * key), then kept current by the pushes; nothing asks again on a timer. A read never puts back a
 * state older than a push that came while it was on the way (read-beside-pushes.ts).
 */
export function usePushedState<E extends PushEventName>(
  event: E,
  queryKey: readonly unknown[],
  read: () => Promise<PushPayload<E>>,
): PushPayload<E> | null {
  const client = useQueryClient();
  const reads = readsOf(event);
  useEffect(
    () =>
      subscribePushes((push) => {
        if (push.event !== event) return;
        reads.pushed();
        client.setQueryData(queryKey, push.data);
      }),
    // The key is made from constants by the caller: the event names the subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, event],
  );
  return useQuery({ queryKey, queryFn: () => reads.read(read, () => client.getQueryData<PushPayload<E>>(queryKey)) }).data ?? null;
}
