import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { revokedMessage } from '../../../../src/central/desks/authenticate-desk';
import { api, createHall, enrolNewDesk } from './desk-fixtures';
import { centreHookTimeout, startTestCentre } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';

export function defineEnrolmentTests(store: TestStore): void {
  let centre: TestCentre;
  beforeEach(async () => {
    centre = await startTestCentre(store);
    await createHall(centre, 'JC');
    await createHall(centre, 'XY');
  }, centreHookTimeout);
  afterEach(async () => {
    await centre.close();
  }, centreHookTimeout);

  const enrol = (enrolmentCode: string, hallCode = 'JC', deskNo = '03') =>
    api(centre, '/v1/enrol', { body: { enrolmentCode, hallCode, deskNo } });

  it('an enrolment code works once; the second use is refused in Chinese', async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    const first = await enrol(enrolmentCode.toLowerCase().replaceAll('-', ' '));
    expect(first.status).toBe(200);
    expect(first.json.value).toMatchObject({ hallCode: 'JC', deskNo: '03', hallName: 'JC 政务服务中心' });
    expect(first.json.value.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const second = await enrol(enrolmentCode);
    expect(second.status).toBe(401);
    expect(second.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(second.json.error.message).toContain('已使用过');
  });

  it('two desks racing with one code: exactly one gets a credential', async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    const replies = await Promise.all([enrol(enrolmentCode), enrol(enrolmentCode), enrol(enrolmentCode)]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it('an expired code is refused', async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await centre.sql.query("UPDATE enrolment_codes SET expires_at = now() - interval '1 minute'");
    const reply = await enrol(enrolmentCode);
    expect(reply.status).toBe(401);
    expect(reply.json.error.message).toContain('已过期');
  });

  it('a code is bound to its hall and window number, and an unknown code is refused', async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    const wrongDesk = await enrol(enrolmentCode, 'JC', '04');
    expect(wrongDesk.status).toBe(403);
    expect(wrongDesk.json.error.message).toContain('只能用于 JC 大厅 03 号窗口');
    const wrongHall = await enrol(enrolmentCode, 'XY', '03');
    expect(wrongHall.status).toBe(403);
    expect((await enrol('AAAA-BBBB-CCCC-DDDD')).json.error.message).toContain('注册码无效');
    // The refusals did not spend the code.
    expect((await enrol(enrolmentCode)).status).toBe(200);
  });

  it('keeps only the SHA-256 of the credential', async () => {
    const desk = await enrolNewDesk(centre, 'JC', '03');
    const rows = await centre.sql.query<{ credential_hash: string }>('SELECT credential_hash FROM desks WHERE id = $1', [desk.deskId]);
    expect(rows[0]?.credential_hash).toBe(createHash('sha256').update(desk.credential).digest('hex'));
    const everything = JSON.stringify(await centre.sql.query('SELECT * FROM desks'));
    expect(everything).not.toContain(desk.credential);
  });

  it('a missing, malformed or wrong credential gets 401 with a Chinese message', async () => {
    const desk = await enrolNewDesk(centre, 'JC', '03');
    const other = await enrolNewDesk(centre, 'XY', '01');
    const attempts = [
      undefined,
      'Bearer nonsense',
      `Bearer ${desk.deskId}.${other.credential}`,
      `Bearer ${desk.deskId}`,
      `Basic ${desk.credential}`,
    ];
    for (const auth of attempts) {
      const reply = await api(centre, '/v1/changes', auth === undefined ? {} : { auth });
      expect(reply.status).toBe(401);
      expect(reply.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(reply.json.error.message).toMatch(/凭证/);
    }
    expect((await api(centre, '/v1/changes', { auth: desk.auth })).status).toBe(200);
  });

  it('a revoked desk is refused with the revocation message; re-enrolling issues a new credential', async () => {
    const desk = await enrolNewDesk(centre, 'JC', '03');
    const neighbour = await enrolNewDesk(centre, 'JC', '04');
    const revoked = await centre.admin.revokeDesk({ hallCode: 'JC', deskNo: '03' });
    expect(revoked.deskId).toBe(desk.deskId);

    for (const path of ['/v1/changes', '/v1/batches']) {
      const reply = await api(centre, path, path === '/v1/batches' ? { auth: desk.auth, body: {} } : { auth: desk.auth });
      expect(reply.status).toBe(401);
      expect(reply.json.error).toEqual({ code: 'UNAUTHENTICATED', message: revokedMessage });
    }
    expect((await api(centre, '/v1/changes', { auth: neighbour.auth })).status).toBe(200);

    const again = await enrolNewDesk(centre, 'JC', '03');
    expect(again.deskId).toBe(desk.deskId);
    expect((await api(centre, '/v1/changes', { auth: again.auth })).status).toBe(200);
    expect((await api(centre, '/v1/changes', { auth: desk.auth })).status).toBe(401);
  });

  it('refuses to issue a code for a hall that does not exist', async () => {
    await expect(centre.admin.issueEnrolmentCode({ hallCode: 'NOPE', deskNo: '01', validDays: 7 })).rejects.toThrow('大厅 NOPE 不存在');
  });
}
