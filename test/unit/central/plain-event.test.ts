import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casePayloadSchema, incomingEventSchema } from '../../../src/central/sync/incoming-event';
import { isPlainEnvelope, plainCaseFields } from '../../../src/central/sync/plain-event';
import { plainBatchEnvelope } from '../../../src/central/sync/plain-batch';
import { batchEnvelopeSchema } from '../../../src/central/sync/batch-request';

// Values near every rule's edge: bad and good UUIDs, seqs, texts with a control character, a
// line break, a lone surrogate or a direction override, over-long text, dates and times.
const text = fc.constantFrom<unknown>(
  '',
  'case',
  'JC-03-2026-000001',
  'a\nb',
  'a\tb',
  'a\u0000b',
  '\uD800',
  'x\u202Ey',
  'x'.repeat(40),
  'x'.repeat(41),
  'x'.repeat(201),
  7,
  null,
  undefined,
);
const envelope = fc.record({
  eventId: fc.constantFrom<unknown>(
    '0b6f1b8e-6a52-4a1e-9c1f-3f2b1c9d8e7a',
    '0B6F1B8E-6A52-4A1E-9C1F-3F2B1C9D8E7A',
    '0b6f1b8e-6a52-0a1e-9c1f-3f2b1c9d8e7a',
    'not-a-uuid',
    '',
    5,
  ),
  seq: fc.constantFrom<unknown>(0, 1, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity, '1'),
  entity: text,
  entityId: text,
  op: text,
  payload: fc.constantFrom<unknown>({}, null, undefined),
  payloadJson: fc.constantFrom<unknown>(undefined, '{}', 3),
  createdAt: fc.constantFrom<unknown>(
    '2026-11-20T02:00:00.000Z',
    '2026-11-20T10:00:00+08:00',
    '2026-02-30T02:00:00Z',
    '2026-11-20 02:00:00',
    '2026-11-20T02:00:00',
    '',
  ),
});

describe('the hot path shortcut past zod', () => {
  it('passes an envelope only when incomingEventSchema passes it too, and passes the ordinary one', () => {
    fc.assert(
      fc.property(envelope, (raw) => {
        if (isPlainEnvelope(raw)) expect(incomingEventSchema.safeParse(raw).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    const ordinary = {
      eventId: '0b6f1b8e-6a52-4a1e-9c1f-3f2b1c9d8e7a',
      seq: 1,
      entity: 'case',
      entityId: 'JC-03-2026-000001',
      op: 'case.registered',
      payloadJson: '{}',
      createdAt: '2026-11-20T02:00:00.000Z',
    };
    expect(isPlainEnvelope(ordinary)).toBe(true);
  });

  it("reads a case's fields only when the case schema passes each of them", () => {
    const fields = fc.record({
      caseNo: text,
      hall: fc.constantFrom<unknown>({ code: 'JC' }, { code: 3 }, null, 'JC', undefined),
      state: fc.constantFrom<unknown>('accepted', 'voided', 'lost', '', undefined),
      promisedDate: fc.constantFrom<unknown>(null, '2026-12-01', '2026-02-30', '1899-12-31', '3000-01-01', '2026-12-1', undefined),
      queryCode: fc.constantFrom<unknown>(undefined, null, 'Ab3dE6gH', 'short', 'has space 123', 'x'.repeat(33)),
    });
    const shape = casePayloadSchema.shape;
    fc.assert(
      fc.property(fields, (payload) => {
        if (plainCaseFields(payload) === null) return;
        expect(shape.caseNo.safeParse(payload.caseNo).success).toBe(true);
        expect(typeof (payload.hall as { code?: unknown }).code).toBe('string');
        expect(shape.state.safeParse(payload.state).success).toBe(true);
        expect(shape.promisedDate.safeParse(payload.promisedDate).success).toBe(true);
        expect(shape.queryCode.safeParse(payload.queryCode).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(
      plainCaseFields({ caseNo: 'JC-03-2026-000001', hall: { code: 'JC' }, state: 'accepted', promisedDate: '2026-12-01' }),
    ).not.toBeNull();
  });
});

describe("the batch envelope's shortcut past zod", () => {
  const eventLike = fc.oneof(
    fc.record(
      {
        eventId: fc.constantFrom<unknown>('0b6f1b8e-6a52-4a1e-9c1f-3f2b1c9d8e7a', 'x', '', 'e'.repeat(100), 'e'.repeat(101), 7, undefined),
        payloadJson: fc.constantFrom<unknown>(undefined, '{"a":1}', 'not json', '', 3, null),
        payload: fc.constantFrom<unknown>(undefined, { b: 2 }),
        seq: fc.constantFrom<unknown>(1, 'x'),
        extra: fc.constantFrom<unknown>(undefined, 'kept'),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom<unknown>(null, 3, 'event', [], [{}]),
  );
  const body = fc.oneof(
    fc.record(
      {
        batchId: fc.constantFrom<unknown>('0b6f1b8e-6a52-4a1e-9c1f-3f2b1c9d8e7a', 'not-a-uuid', 5, undefined),
        events: fc.oneof(fc.array(eventLike, { maxLength: 4 }), fc.constantFrom<unknown>(undefined, 'x', {})),
        other: fc.constantFrom<unknown>(undefined, 1),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom<unknown>(null, [], 'batch', 1),
  );

  it('reads a body only when batchEnvelopeSchema passes it, into exactly the schema’s output', () => {
    fc.assert(
      fc.property(body, (raw) => {
        const plain = plainBatchEnvelope(raw);
        if (plain === null) return;
        const parsed = batchEnvelopeSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(plain).toStrictEqual(parsed.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the ordinary batch', () => {
    const ordinary = {
      batchId: '0b6f1b8e-6a52-4a1e-9c1f-3f2b1c9d8e7a',
      events: [{ eventId: '0b6f1b8e-6a52-4a1e-9c1f-3f2b1c9d8e7a', seq: 1, payloadJson: '{"caseNo":"JC-03-2026-000001"}' }],
    };
    expect(plainBatchEnvelope(ordinary)).toStrictEqual(batchEnvelopeSchema.parse(ordinary));
  });
});
