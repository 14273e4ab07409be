import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../../src/central/sync/check-event';
import { knownOpsByEntity } from '../../../src/central/sync/known-ops';

const desk = { id: randomUUID(), hallCode: 'JC', deskNo: '03', caseNumberFormats: [] };
const event = (entity: string, op: string, payload: unknown = { caseNo: 'JC-03-2026-000001', stage: 'acceptance' }) => ({
  eventId: randomUUID(),
  seq: 1,
  entity,
  entityId: 'JC-03-2026-000001/acceptance',
  op,
  payload,
  createdAt: '2026-11-20T02:00:00.000Z',
});

/** The ops the desk's rating services write (src/main/services/ratings). */
const deskOps = {
  rating: ['rating.invited', 'rating.invitation-cancelled', 'rating.submitted'],
  'follow-up': ['follow-up.opened', 'follow-up.assigned', 'follow-up.called-back', 'follow-up.closed'],
};

describe('the centre accepts ratings and follow-ups', () => {
  it('knows every op the desk sends for them', () => {
    for (const [entity, ops] of Object.entries(deskOps)) {
      expect([...(knownOpsByEntity.get(entity) ?? [])].sort()).toEqual([...ops].sort());
      for (const op of ops) expect(checkEvent(event(entity, op), desk)).toMatchObject({ kind: 'accepted', snapshot: null });
    }
  });

  it('still refuses an op it does not know, and a payload that is not an object', () => {
    expect(checkEvent(event('rating', 'rating.deleted'), desk)).toMatchObject({
      kind: 'rejected',
      reason: '中心不支持的操作“rating.deleted”（数据类型 rating）',
    });
    expect(checkEvent(event('follow-up', 'follow-up.opened', ['not', 'an', 'object']), desk)).toMatchObject({ kind: 'rejected' });
  });
});
