import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/central/security/secrets';
import { canonicalJson } from '../../../src/shared/sync/canonical-json';
import { caseNumberBelongsToDesk } from '../../../src/central/sync/case-hall';
import { checkEvent, notThisDeskNumberReason, otherHallReason } from '../../../src/central/sync/check-event';
import { payloadProblem } from '../../../src/central/sync/payload-check';
import { findUnstorable, hasUnstorableCharacter, storableText } from '../../../src/central/sync/storable-json';
import { caseDetail } from './suite/desk-fixtures';

const desk = { id: randomUUID(), hallCode: 'JC', deskNo: '03', caseNumberFormats: [] };
const event = (payload: unknown, overrides: Record<string, unknown> = {}) => ({
  eventId: randomUUID(),
  seq: 1,
  entity: 'case',
  entityId: 'JC-03-2026-000001',
  op: 'case.registered',
  payload,
  createdAt: '2026-11-20T02:00:00.000Z',
  ...overrides,
});

describe('caseNumberBelongsToDesk', () => {
  const jc03 = { hallCode: 'JC', deskNo: '03', caseNumberFormats: ['{year}/{hall}/{desk}/{serial}', '{hall}-{desk}{year}-{serial}'] };

  it("reads a number with the desk's own formats, hall and window from the credential", () => {
    expect(caseNumberBelongsToDesk('JC-03-2026-000001', jc03)).toBe(true);
    expect(caseNumberBelongsToDesk('2026/JC/03/000001', jc03)).toBe(true);
    expect(caseNumberBelongsToDesk('JC-032026-000001', jc03)).toBe(true);
    expect(caseNumberBelongsToDesk('12-7-2026-000001', { hallCode: '12', deskNo: '7', caseNumberFormats: [] })).toBe(true);
  });

  it("refuses another hall's or window's number, a prefix code and a format the desk never declared", () => {
    expect(caseNumberBelongsToDesk('XY-01-2026-000001', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('JCX-01-2026-000001', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('JCX-03-2026-000001', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('XJC-03-2026-000001', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('JC-04-2026-000001', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('JC03-2026-000001', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('JC-03-2026-000001-X', jc03)).toBe(false);
    expect(caseNumberBelongsToDesk('123-4-2026-000001', { hallCode: '12', deskNo: '34', caseNumberFormats: [] })).toBe(false);
  });

  it('never reads with a format whose hall code is glued to another part', () => {
    const glued = { hallCode: 'JC', deskNo: 'X1', caseNumberFormats: ['{hall}{desk}-{year}-{serial}'] };
    expect(caseNumberBelongsToDesk('JCX1-2026-000001', glued)).toBe(false);
  });
});

describe('caseNumberBelongsToDesk, read many times', () => {
  it('reads with the formats the desk has now, not those of an earlier read, and with its own hall and window', () => {
    const before = { hallCode: 'JC', deskNo: '03', caseNumberFormats: [] };
    expect(caseNumberBelongsToDesk('2026/JC/03/000001', before)).toBe(false);
    expect(caseNumberBelongsToDesk('2026/JC/03/000001', { ...before, caseNumberFormats: ['{year}/{hall}/{desk}/{serial}'] })).toBe(true);
    expect(
      caseNumberBelongsToDesk('2026/JC/03/000001', { ...before, deskNo: '04', caseNumberFormats: ['{year}/{hall}/{desk}/{serial}'] }),
    ).toBe(false);
    expect(caseNumberBelongsToDesk('2026/JC/03/000001', before)).toBe(false);
  });
});

describe('checkEvent', () => {
  it('accepts a valid case and hashes the payload as sent', () => {
    const checked = checkEvent(event({ ...caseDetail('JC-03-2026-000001', 'JC', '03'), extraField: 1 }), desk);
    expect(checked.kind).toBe('accepted');
    if (checked.kind === 'accepted') {
      expect(checked.snapshot).toMatchObject({
        caseNo: 'JC-03-2026-000001',
        hallCode: 'JC',
        deskNo: '03',
        queryCode: sha256Hex('QRY7K2M9XD4H'),
      });
      expect((JSON.parse(checked.payloadText) as { extraField?: number; queryCode: unknown }).extraField).toBe(1);
      expect(JSON.parse(checked.payloadText)).toMatchObject({ queryCode: null });
    }
  });

  it('stores the payload without its query code, as canonical JSON, whatever text surrounds the code', () => {
    const detail = caseDetail('JC-03-2026-000001', 'JC', '03');
    const { queryCode: _code, ...rest } = detail;
    for (const payload of [detail, { ...detail, note: '查询码 QRY7K2M9XD4H' }]) {
      for (const sent of [canonicalJson(payload), JSON.stringify(payload, null, 1)]) {
        const checked = checkEvent(event(JSON.parse(sent), { payloadJson: sent }), desk);
        if (checked.kind !== 'accepted') throw new Error(checked.reason);
        expect(checked.payloadText.replace('查询码 QRY7K2M9XD4H', '')).not.toContain('QRY7K2M9XD4H');
        expect(JSON.parse(checked.payloadText)).toMatchObject({ queryCode: null });
        expect(checked.snapshot?.contentHash).toBe(sha256Hex(sent));
      }
    }
    const plain = canonicalJson({ ...rest, queryCode: null });
    const checked = checkEvent(event(detail, { payloadJson: canonicalJson(detail) }), desk);
    expect(checked.kind === 'accepted' && checked.payloadText).toBe(plain);
  });

  it('keeps the 暂定 flag of a promised date, and accepts a case from a desk that does not send it', () => {
    const provisional = checkEvent(event(caseDetail('JC-03-2026-000001', 'JC', '03', { promisedDateProvisional: true })), desk);
    expect(
      provisional.kind === 'accepted' &&
        (JSON.parse(provisional.payloadText) as { promisedDateProvisional: boolean }).promisedDateProvisional,
    ).toBe(true);
    const { promisedDateProvisional: _left, ...older } = caseDetail('JC-03-2026-000001', 'JC', '03');
    expect(checkEvent(event(older), desk).kind).toBe('accepted');
    expect(payloadProblem({ entity: 'case', payload: JSON.stringify(older) })).toBeNull();
    expect(payloadProblem({ entity: 'case', payload: JSON.stringify({ ...older, promisedDateProvisional: '是' }) })).toContain(
      'promisedDateProvisional',
    );
  });

  it('checks only the fields it acts on in the batch; the rest of the payload is for the full check', () => {
    const bad = { ...caseDetail('JC-03-2026-000001', 'JC', '03'), applicant: { name: 42 } };
    expect(checkEvent(event(bad), desk).kind).toBe('accepted');
    expect(payloadProblem({ entity: 'case', payload: JSON.stringify(bad) })).toMatch(/^案件数据不正确：applicant/);
    for (const wrong of [{ state: 'lost' }, { promisedDate: '2026-02-30' }, { caseNo: 'JC-03-2026-000001\n' }, { hall: null }]) {
      expect(checkEvent(event({ ...caseDetail('JC-03-2026-000001', 'JC', '03'), ...wrong }), desk)).toMatchObject({ kind: 'rejected' });
    }
    expect(checkEvent(event([1, 2], { entity: 'user', op: 'user.updated', entityId: '1' }), desk)).toMatchObject({ kind: 'rejected' });
    // A lone surrogate is valid JSON text but cannot be stored as text: refused in the batch, on the bytes as sent.
    const lone = '{"a":"\uD800"}';
    const surrogate = checkEvent(event(JSON.parse(lone), { payloadJson: lone, entity: 'user', op: 'user.updated', entityId: '1' }), desk);
    expect(surrogate).toMatchObject({ kind: 'rejected', reason: '事件内容含有无法保存的字符（空字符或不成对的代理字符）' });
  });

  it('the full check refuses what the light checks cannot see: depth, unstorable characters, a record that is no object', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(payloadProblem({ entity: 'user', payload: JSON.stringify({ deep }) })).toContain('嵌套层次过深');
    expect(payloadProblem({ entity: 'user', payload: JSON.stringify({ name: 'a\u0000' }) })).toContain('无法保存的字符');
    expect(payloadProblem({ entity: 'user', payload: '[1]' })).toContain('JSON 对象');
    expect(payloadProblem({ entity: 'user', payload: '{"id":7}' })).toBeNull();
    expect(payloadProblem({ entity: 'case', payload: null })).toBeNull();
  });

  it("refuses another hall's case", () => {
    const checked = checkEvent(event(caseDetail('XY-01-2026-000001', 'XY', '01'), { entityId: 'XY-01-2026-000001' }), desk);
    expect(checked).toMatchObject({ kind: 'rejected', reason: otherHallReason });
  });

  it('refuses a JCX number sent by the JC desk, whatever window the payload claims', () => {
    for (const deskNo of ['', '03', '01']) {
      const squat = checkEvent(event(caseDetail('JCX-01-2026-000001', 'JC', deskNo), { entityId: 'JCX-01-2026-000001' }), desk);
      expect(squat).toMatchObject({ kind: 'rejected', reason: notThisDeskNumberReason });
    }
  });

  it('refuses a weak query code and a payload nested beyond reason', () => {
    const weak = checkEvent(event(caseDetail('JC-03-2026-000001', 'JC', '03', { queryCode: '1234' })), desk);
    expect(weak).toMatchObject({ kind: 'rejected' });
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = [deep];
    const nested = checkEvent(event({ deep }, { entity: 'user', op: 'user.updated', entityId: '1' }), desk);
    expect(nested).toMatchObject({ kind: 'rejected' });
    if (nested.kind === 'rejected') expect(nested.reason).toContain('嵌套层次过深');
  });

  it('does not treat inherited object keys as known entities', () => {
    for (const entity of ['__proto__', 'constructor', 'toString']) {
      expect(checkEvent(event({}, { entity, op: 'x' }), desk)).toMatchObject({ kind: 'rejected' });
    }
  });
});

describe('storable JSON', () => {
  it('finds NUL and lone surrogates in values and keys, and accepts paired ones', () => {
    expect(findUnstorable({ a: ['ok', 'b\u0000'] })).toEqual({ kind: 'character', path: 'a[1]' });
    expect(findUnstorable({ ['k\uD800']: 1 })).toEqual({ kind: 'character', path: 'k\uD800' });
    expect(findUnstorable({ a: '\uDC00' })).toMatchObject({ kind: 'character' });
    expect(findUnstorable({ a: '𠀋🙂' })).toBeNull();
  });

  it('scans payload text for what PostgreSQL cannot store, paired surrogates (emoji) being fine', () => {
    expect(['a\u0000b', 'x\uD800', '\uDC00y', '🙂\uD83D'].map(hasUnstorableCharacter)).toEqual([true, true, true, true]);
    expect(['', '𠀋🙂', '中文 text', '\\u0000'].map(hasUnstorableCharacter)).toEqual([false, false, false, false]);
  });

  it('cleans text for the rejection record', () => {
    expect(storableText('a\u0000b\uD800', 100)).toBe('a\uFFFDb\uFFFD');
    expect(storableText('abcdef', 3)).toBe('abc…');
  });
});
