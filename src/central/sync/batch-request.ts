import { z } from 'zod';
import { mib } from '../http/read-body';

export const maxEventsPerBatch = 500;
export const maxBatchBytes = 5 * mib;
export const batchTooLargeMessage = `批次过大：每批最多 ${maxEventsPerBatch} 个事件、不超过 5 MB，请分批发送`;

/**
 * The envelope only. Each event is checked on its own later (check-event), so that one bad event
 * is rejected alone; here an event needs no more than an id to be answered by.
 */
export const batchEnvelopeSchema = z.object({
  batchId: z.uuid('批次编号（batchId）应为 UUID'),
  events: z
    .array(
      z.looseObject({
        eventId: z
          .string({ error: '每个事件都必须有事件编号（eventId）' })
          .min(1, '每个事件都必须有事件编号（eventId）')
          .max(100, '事件编号（eventId）过长'),
      }),
      { error: '缺少事件列表（events）' },
    )
    .min(1, '批次中没有事件'),
});
export type BatchEnvelope = z.output<typeof batchEnvelopeSchema>;

/** Counted before validating, so an oversized batch gets the same 413 as an oversized body. */
export function hasTooManyEvents(body: unknown): boolean {
  const events = (body as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.length > maxEventsPerBatch;
}
