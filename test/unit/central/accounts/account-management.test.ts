import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCentreAudit } from '../../../../src/central/accounts/centre-audit';
import { startWorkHarness } from './work-harness';
import type { Caller, WorkHarness } from './work-harness';

let centre: WorkHarness;
let hallAdmin: Caller;
let centreAdmin: Caller;

beforeAll(async () => {
  centre = await startWorkHarness();
  await centre.addHall('HA');
  await centre.addHall('HB');
  hallAdmin = await centre.sessionFor(await centre.seedAccount('hall-admin', { hallCode: 'HA' }));
  centreAdmin = await centre.sessionFor(await centre.seedAccount('centre-admin'));
});
afterAll(() => centre.close());

const reviewer = (staffNo: string, hallCode: string | null) => ({
  staffNo,
  name: '赵审批',
  role: 'department-reviewer',
  hallCode,
  department: '市场监管局',
  initialPassword: 'Shenpi2026ok',
});

describe('who manages which accounts', () => {
  it('a hall administrator manages their own hall’s department reviewers and nobody else', async () => {
    const own = await centre.call('POST', '/v1/work/accounts/create', reviewer('HA-R1', null), hallAdmin);
    expect(own.status).toBe(200);
    expect(own.json.value).toMatchObject({ hallCode: 'HA', department: '市场监管局', mustChangePassword: true });

    const otherHall = await centre.call('POST', '/v1/work/accounts/create', reviewer('HB-R1', 'HB'), hallAdmin);
    expect(otherHall.status).toBe(403);
    const admin = { ...reviewer('HA-A2', 'HA'), role: 'hall-admin', department: null };
    expect((await centre.call('POST', '/v1/work/accounts/create', admin, hallAdmin)).status).toBe(403);

    const elsewhere = await centre.call('POST', '/v1/work/accounts/create', reviewer('HB-R2', 'HB'), centreAdmin);
    expect(elsewhere.status).toBe(200);
    const reset = { accountId: elsewhere.json.value.accountId, temporaryPassword: 'Chongzhi2026x' };
    expect((await centre.call('POST', '/v1/work/accounts/reset-password', reset, hallAdmin)).status).toBe(403);

    const listed = await centre.call('GET', '/v1/work/accounts', undefined, hallAdmin);
    expect(listed.json.value.map((account: { staffNo: string }) => account.staffNo)).toEqual(['HA-R1']);
  });

  it('a reset password must be changed at next sign-in, ends the holder’s sessions and lifts a lockout', async () => {
    const target = await centre.seedAccount('inspector', { staffNo: 'INS-RESET' });
    const targetCaller = await centre.sessionFor(target);
    for (let attempt = 0; attempt < 5; attempt++)
      await centre.call('POST', '/v1/work/session/sign-in', { staffNo: 'INS-RESET', password: 'Wrong2026pass' }, { csrf: 'sign-in' });
    const reset = await centre.call(
      'POST',
      '/v1/work/accounts/reset-password',
      { accountId: target.id, temporaryPassword: 'Chongzhi2026x' },
      centreAdmin,
    );
    expect(reset.json.value).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    expect((await centre.call('GET', '/v1/work/session', undefined, targetCaller)).json.value).toBeNull();
    const signedIn = await centre.call(
      'POST',
      '/v1/work/session/sign-in',
      { staffNo: 'INS-RESET', password: 'Chongzhi2026x' },
      { csrf: 'x' },
    );
    expect(signedIn.json.value.mustChangePassword).toBe(true);
  });
});

describe('the centre audit log', () => {
  it('records account actions in their own transaction, hash-chained; a refused action leaves no row', async () => {
    const before = await verifyCentreAudit(centre.sql);
    const duplicate = await centre.call('POST', '/v1/work/accounts/create', reviewer('HA-R1', null), hallAdmin);
    expect(duplicate.status).toBe(409);
    expect((await verifyCentreAudit(centre.sql)).checked).toBe(before.checked);

    const verified = await centre.call('GET', '/v1/work/audit/verify', undefined, centreAdmin);
    expect(verified.json.value).toEqual({ ok: true, checked: before.checked, brokenAtSeq: null });
    const actions = await centre.sql.query<{ action: string }>('SELECT action FROM centre_audit_log ORDER BY seq');
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'centre.account-created',
        'centre.sign-in-failed',
        'centre.account-locked',
        'centre.password-reset',
        'centre.sign-in',
      ]),
    );
  });

  it('a changed or deleted row is detected at its seq', async () => {
    await centre.sql.query(`UPDATE centre_audit_log SET detail = '{"staffNo":"SOMEONE-ELSE"}' WHERE seq = 2`);
    expect(await verifyCentreAudit(centre.sql)).toMatchObject({ ok: false, brokenAtSeq: 2 });
    await centre.sql.query('DELETE FROM centre_audit_log WHERE seq <= 2');
    expect(await verifyCentreAudit(centre.sql)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
});
