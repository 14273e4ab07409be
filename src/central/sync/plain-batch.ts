import { z } from 'zod';
import { parsePayloadJson } from '../../shared/sync/protocol';
import type { BatchEnvelope } from './batch-request';

const uuidPattern = z.regexes.uuid();

/**
 * `batchEnvelopeSchema`'s output for a body that surely passes it, read without zod (whose object
 * schemas copy every key of every event, a cost the batch pays per event: plain-event.ts says why
 * this is safe); null for anything else, which then goes to the schema for its Chinese reason.
 * A property test holds the two to the same answers.
 */
export function plainBatchEnvelope(body: unknown): BatchEnvelope | null {
  if (!isRecord(body)) return null;
  const { batchId, events } = body;
  if (typeof batchId !== 'string' || !uuidPattern.test(batchId) || !Array.isArray(events) || events.length === 0) return null;
  const read: BatchEnvelope['events'] = [];
  for (const event of events) {
    if (!isRecord(event)) return null;
    const { eventId, payloadJson, ...rest } = event;
    if (typeof eventId !== 'string' || eventId.length < 1 || eventId.length > 100) return null;
    if (payloadJson === undefined) read.push({ ...rest, eventId });
    else if (typeof payloadJson === 'string') read.push({ ...rest, eventId, payload: parsePayloadJson(payloadJson), payloadJson });
    else return null;
  }
  return { batchId, events: read };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
