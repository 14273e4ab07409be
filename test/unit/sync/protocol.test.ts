import { describe, expect, it } from 'vitest';
import { knownOpsByEntity } from '../../../src/central/sync/known-ops';
import { batchEnvelopeSchema, opsOf, syncEntities } from '../../../src/shared/sync/protocol';

const batchId = 'c74594c1-a426-4a6e-9ccf-763e5a99efe1';
const eventId = 'f03c7177-a5aa-4251-ab5b-5637ceb70c20';

describe('the one sync protocol', () => {
  it("is the centre's list of what a desk may send", () => {
    expect([...knownOpsByEntity.keys()]).toEqual(syncEntities);
    for (const entity of syncEntities) expect([...knownOpsByEntity.get(entity)!]).toEqual(opsOf(entity));
    expect(opsOf('invoice')).toBeUndefined();
    expect(opsOf('toString')).toBeUndefined();
  });

  it('reads an event sent as the stored payload text, and one sent by an older desk as an object', () => {
    const stored = '{"caseNo":"JC-03-2026-000001","name":"张三"}';
    const batch = batchEnvelopeSchema.parse({
      batchId,
      events: [
        { eventId, op: 'case.registered', payloadJson: stored },
        { eventId, op: 'case.registered', payload: { caseNo: 'JC-03-2026-000001' } },
        { eventId, op: 'case.registered', payloadJson: '{"caseNo":' },
      ],
    });
    // The text is kept beside the parsed payload: the centre stores and hashes those bytes.
    expect(batch.events[0]).toEqual({
      eventId,
      op: 'case.registered',
      payload: { caseNo: 'JC-03-2026-000001', name: '张三' },
      payloadJson: stored,
    });
    expect(batch.events[1]).toEqual({ eventId, op: 'case.registered', payload: { caseNo: 'JC-03-2026-000001' } });
    // Not JSON: the event is kept, without a payload, for the per-event check to reject alone.
    expect(batch.events[2]).toEqual({ eventId, op: 'case.registered', payload: undefined, payloadJson: '{"caseNo":' });
  });
});
