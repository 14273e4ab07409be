import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEvent } from '../../../src/central/sync/check-event';
import { payloadProblem } from '../../../src/central/sync/payload-check';
import { enterpriseNameSchema, personNameSchema } from '../../../src/shared/identity/schemas';
import { decisionInputSchema } from '../../../src/shared/intake/decision';
import { safeText, textProblem } from '../../../src/shared/text/safe-text';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { caseDetail } from '../central/suite/desk-fixtures';

/** What the review typed into names and one-line fields; each must be refused at the field. */
const hostile: [string, string][] = [
  ['NUL', '张\u0000三'],
  ['lone high surrogate', '张\uD842三'],
  ['lone low surrogate', '张\uDFB7三'],
  ['right-to-left override', '张\u202E三'],
  ['isolate', '\u2067张三\u2069'],
  ['bell', '张\u0007三'],
  ['C1 control', '张\u0085三'],
  ['line break', '张\n三'],
  ['carriage return', '张\r三'],
  ['line separator', '张\u2028三'],
  ['tab', '张\t三'],
];

describe('the shared text rule', () => {
  it.each(hostile)('refuses %s in a name and a one-line field', (_label, value) => {
    expect(personNameSchema.safeParse(value).success).toBe(false);
    expect(safeText('地址', { max: 200 }).safeParse(value).success).toBe(false);
  });

  it('keeps rare characters of CJK Extension A and B, middle dots and counts them as one 字 each', () => {
    for (const name of ['吉𠮷', '刘䶮', '阿依古丽·买买提', '𠮷'.repeat(50)]) expect(personNameSchema.parse(name)).toBe(name);
    expect(personNameSchema.safeParse('𠮷'.repeat(51)).success).toBe(false);
    expect(enterpriseNameSchema.parse('江川市𠮷祥科技有限公司')).toBe('江川市𠮷祥科技有限公司');
  });

  it('refuses emoji in person and enterprise names with a clear Chinese message, not in a note', () => {
    for (const name of ['张三🙂', '李👍四', '王🇨🇳', '赵1\uFE0F\u20E3', '钱👨\u200D👩']) {
      const parsed = personNameSchema.safeParse(name);
      expect(parsed.success, name).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('姓名不能包含表情符号，请按证件上的写法填写（生僻字可以正常输入）');
    }
    expect(enterpriseNameSchema.safeParse('🙂科技有限公司').error?.issues[0]?.message).toContain('不能包含表情符号');
    expect(textProblem('办结后电话通知🙂\n第二行', { multiline: true })).toBeNull();
  });

  it('lets notice texts span lines but not carry NUL or direction overrides', () => {
    const refuse = (reasonText: string, referTo?: string) =>
      decisionInputSchema.safeParse({
        kind: 'refuse',
        reasonKind: 'outside-powers',
        reasonText,
        referTo: referTo ?? '江川市市场监督管理局',
      }).success;
    expect(refuse('第一条理由\n第二条理由')).toBe(true);
    expect(refuse('理由\u202E')).toBe(false);
    expect(refuse('理由\u0000')).toBe(false);
    expect(refuse('理由', '江川市\n市场监督管理局')).toBe(false);
  });
});

describe('at the desk', () => {
  let desk: TestDesk;
  const w = 'window';
  beforeEach(async () => {
    desk = openTestDesk();
    await setUpDesk(desk, w);
  });
  afterEach(() => desk.close());

  it('refuses a registration whose applicant name carries a direction override, naming the field', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    const error = await desk.fail(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: { ...person, name: '张\u202E三' }, materials, decision: { kind: 'accept' } }),
      w,
    );
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'applicant.name', message: expect.stringContaining('无效字符') });
  });

  it('answers a NUL in a search with 无效字符 (VALIDATION), not an internal error', async () => {
    const error = await desk.fail('cases.search', { query: '张\u0000', todayOnly: false, page: 1, pageSize: 20 }, w);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'query', message: expect.stringContaining('无效字符') });
  });
});

describe('at the centre, the same rule', () => {
  const desk = { id: randomUUID(), hallCode: 'JC', deskNo: '03', caseNumberFormats: [] };
  it.each(hostile.filter(([label]) => !label.includes('surrogate') && label !== 'NUL'))(
    'refuses %s in an applicant name or an event header',
    (_label, value) => {
      const detail = caseDetail('JC-03-2026-000001', 'JC', '03');
      const event = {
        eventId: randomUUID(),
        seq: 1,
        entity: 'case',
        entityId: detail.caseNo,
        op: 'case.registered',
        createdAt: '2026-11-20T02:00:00.000Z',
      };
      // The name is judged by the full payload check (after the batch, before anyone else sees the case), which quarantines it.
      const payload = { ...detail, applicant: { ...detail.applicant, name: value } };
      expect(payloadProblem({ entity: 'case', payload: JSON.stringify(payload) })).toContain('applicant.name');
      const userEvent = { ...event, entity: 'user', op: 'user.updated', entityId: value, payload: {} };
      const header = checkEvent(userEvent, desk);
      expect(header).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('无效字符') });
    },
  );
});
