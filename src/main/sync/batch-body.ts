import { randomUUID } from 'node:crypto';
import type { OutboxRow } from './outbox-repository';
import type { SetAsideEvent } from './sync-errors-repository';

/** One event of a batch as it goes into the request body (UTF-8 bytes), with what acknowledging it needs. */
export interface EncodedEvent {
  event: SetAsideEvent;
  parts: readonly Buffer[];
  bytes: number;
}

const comma = Buffer.from(',');
const closing = Buffer.from(']}');

/**
 * The same bytes as `JSON.stringify({ eventId, seq, entity, entityId, op, payloadJson, createdAt })`
 * in UTF-8, without decoding the payload or escaping it here: the store hands it over already
 * quoted as a JSON string, as bytes (outbox-repository.ts), so the stored text travels unchanged.
 */
export function encodeEvent(row: OutboxRow): EncodedEvent {
  const event = { eventId: row.event_id, seq: row.seq, entity: row.entity, entityId: row.entity_id, op: row.op };
  const head = Buffer.from(
    `{"eventId":${JSON.stringify(row.event_id)},"seq":${JSON.stringify(row.seq)},"entity":${JSON.stringify(row.entity)},` +
      `"entityId":${JSON.stringify(row.entity_id)},"op":${JSON.stringify(row.op)},"payloadJson":`,
  );
  const tail = Buffer.from(`,"createdAt":${JSON.stringify(row.created_at)}}`);
  return { event, parts: [head, row.quoted_payload, tail], bytes: head.length + row.quoted_payload.length + tail.length };
}

/** The request body of a batch: `{"batchId":…,"events":[…]}` in UTF-8. */
export function batchBody(batchId: string, events: readonly EncodedEvent[]): Buffer {
  const chunks: Buffer[] = [Buffer.from(`{"batchId":${JSON.stringify(batchId)},"events":[`)];
  events.forEach((encoded, i) => {
    if (i > 0) chunks.push(comma);
    chunks.push(...encoded.parts);
  });
  chunks.push(closing);
  return Buffer.concat(chunks);
}

/** The envelope around the events, and the comma between two: what a batch costs beyond its events. */
export const envelopeBytes = batchBody(randomUUID(), []).length;
