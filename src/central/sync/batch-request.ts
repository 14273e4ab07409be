import { batchLimits } from '../../shared/sync/protocol';

export { batchEnvelopeSchema, type BatchEnvelope } from '../../shared/sync/protocol';

export const maxEventsPerBatch = batchLimits.maxEvents;
export const maxBatchBytes = batchLimits.maxBytes;
export const batchTooLargeMessage = `批次过大：每批最多 ${maxEventsPerBatch} 个事件、不超过 5 MB，请分批发送`;

/** Counted before validating, so an oversized batch gets the same 413 as an oversized body. */
export function hasTooManyEvents(body: unknown): boolean {
  const events = (body as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.length > maxEventsPerBatch;
}
