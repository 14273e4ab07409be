import { z } from 'zod';
import { scanTraySchema } from '../materials/scan-types';
import { syncStatusSchema } from './sync-endpoints';

/**
 * What the back end pushes to the desk's screens without being asked: one map, name → payload.
 * The web host sends them as server-sent events, the Electron glue over IPC; the renderer parses
 * every one with these schemas before it uses it.
 */
export const pushEvents = {
  /** The sync state shown in the header: sent whenever it changes (engine run, a new change to send). */
  'sync.status': syncStatusSchema,
  /** The 待归档扫描件 tray: sent when the watched scanner folder gave a file or a scan left the tray. */
  'materials.scans': scanTraySchema,
};

export type PushEventName = keyof typeof pushEvents;
export type PushPayload<E extends PushEventName> = z.output<(typeof pushEvents)[E]>;
export type PushEvent = { [E in PushEventName]: { event: E; data: PushPayload<E> } }[PushEventName];

const envelopeSchema = z.object({ event: z.string(), data: z.unknown() });

/** A push as received (from IPC or an event stream), or null when it is not one of the map's. */
export function parsePushEvent(raw: unknown): PushEvent | null {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || !Object.hasOwn(pushEvents, envelope.data.event)) return null;
  const event = envelope.data.event as PushEventName;
  const data = pushEvents[event].safeParse(envelope.data.data);
  return data.success ? ({ event, data: data.data } as PushEvent) : null;
}

/** The web host's stream of push events (server-sent events, same launch cookie as the calls). */
export const pushStreamPath = '/events';
