import { z } from 'zod';
import { parsePayloadJson } from '../../shared/sync/protocol';
import type { SqlQueries } from '../db/sql';
import { latestCasePayload } from './subtask-queries';

/**
 * When a department's 要求补正 is over, read from the desk's own record of it.
 *
 * The desk keeps every 补正 as a pause of the case (kind awaiting-materials) with the department
 * that asked (requestedBy) and the day the materials came (to). Each case event carries the whole
 * list, so the latest event alone says how many of a department's 补正 are over, whatever the
 * desk sent in between: events of one batch (the projection keeps only the latest), batches
 * applied out of order, or pruned payloads. Counting is exact where dates are not: two rounds of
 * 补正 on one day have the same dates, and the desk's and the centre's clocks differ.
 *
 * So the centre remembers, with each 要求补正, how many of the department's 补正 the case's latest
 * payload already showed over; the request is over once a later event shows more.
 */
const pauseSchema = z.object({ kind: z.string(), to: z.string().nullable(), requestedBy: z.string().nullable().optional() });
export const requestPausesSchema = z.array(z.unknown()).transform((rows) =>
  rows.flatMap((row) => {
    const parsed = pauseSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  }),
);
export type RequestPause = z.output<typeof requestPausesSchema>[number];

// A case registered and not yet moved has no lifecycle in its payload: no pause at all.
const payloadPausesSchema = z.object({ lifecycle: z.object({ pauses: requestPausesSchema }).optional() });

/** The department's 补正 the desk reports over (pauses it asked for, closed). A desk that does not name the asker reports none. */
export function suppliedRequests(pauses: readonly RequestPause[], department: string): number {
  return pauses.filter((p) => p.kind === 'awaiting-materials' && p.requestedBy === department && p.to !== null).length;
}

/** The same count read from a stored case payload; null when it cannot be read (pruned), and the count cannot end the request. */
export function suppliedRequestsInPayload(payload: unknown, department: string): number | null {
  const parsed = payloadPausesSchema.safeParse(payload);
  return parsed.success ? suppliedRequests(parsed.data.lifecycle?.pauses ?? [], department) : null;
}

/** At 要求补正 (the case locked): the department's 补正 over so far, as the case's latest payload shows them. */
export async function suppliedBeforeRequest(tx: SqlQueries, hallCode: string, caseNo: string, department: string): Promise<number | null> {
  const stored = await latestCasePayload(tx, hallCode, caseNo);
  return stored?.payload == null ? null : suppliedRequestsInPayload(parsePayloadJson(stored.payload), department);
}
