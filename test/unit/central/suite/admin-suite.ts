import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { httpAdminActions } from '../../../../src/central/cli/http-admin-client';
import { parseCliArgs, runCli } from '../../../../src/central/cli/run-cli';
import { api, batchOf, caseDetail, caseEvent, createHall, deskEvent, enrolNewDesk, sendBatch } from './desk-fixtures';
import { calendarText } from './changes-suite';
import { centreHookTimeout, startTestCentre, testAdminToken } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';

export function defineAdminTests(store: TestStore): void {
  let centre: TestCentre;
  beforeEach(async () => {
    centre = await startTestCentre(store);
  }, centreHookTimeout);
  afterEach(async () => {
    await centre.close();
  }, centreHookTimeout);

  it('admin endpoints need the admin token', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-wrong-token', `Bearer ${testAdminToken}x`]) {
      const reply = await api(centre, '/v1/admin/halls', {
        body: { code: 'JC', name: '江川市政务服务中心' },
        ...(auth === undefined ? {} : { auth }),
      });
      expect(reply.status).toBe(401);
      expect(reply.json.error.message).toContain('管理令牌');
    }
    await expect(httpAdminActions(centre.url, 'nope').overview()).rejects.toThrow('管理令牌');
    const desk = (await api(centre, '/v1/admin/overview', { auth: `Bearer ${testAdminToken}` })).status;
    expect(desk).toBe(200);
  });

  it('the admin page lists halls, desks (revoked too) and what each hall sent, behind a cookie', async () => {
    await createHall(centre, 'JC', '江川市政务服务中心');
    const desk = await enrolNewDesk(centre, 'JC', '03');
    await enrolNewDesk(centre, 'JC', '04');
    await centre.admin.revokeDesk({ hallCode: 'JC', deskNo: '04' });
    await sendBatch(
      centre,
      desk,
      batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03')), deskEvent('case', 'JC-03-2026-000002', 'case.exploded', {})]),
    );

    const anonymous = await fetch(new URL('/admin', centre.url));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('JC-03-2026-000001');
    expect((await fetch(new URL('/admin?token=wrong', centre.url), { redirect: 'manual' })).status).toBe(401);

    const login = await fetch(new URL(`/admin?token=${testAdminToken}`, centre.url), { redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin');
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const html = await (await fetch(new URL('/admin', centre.url), { headers: { cookie: cookie.split(';')[0] ?? '' } })).text();
    for (const text of ['江川市政务服务中心', '已吊销', '正常', 'JC-03-2026-000001', '中心不支持的操作“case.exploded”', desk.deskId]) {
      expect(html).toContain(text);
    }

    // The cookie is a random session id, never the admin token; logging out ends it at once.
    expect(cookie).not.toContain(testAdminToken);
    expect(cookie).toMatch(/Max-Age=\d+/);
    const session = cookie.split(';')[0] ?? '';
    expect((await fetch(new URL('/admin', centre.url), { headers: { cookie: `central_admin=${testAdminToken}` } })).status).toBe(401);
    const logout = await fetch(new URL('/admin/logout', centre.url), { method: 'POST', headers: { cookie: session }, redirect: 'manual' });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(new URL('/admin', centre.url), { headers: { cookie: session } })).status).toBe(401);

    const overview = await centre.admin.overview();
    expect(overview.halls).toEqual([
      expect.objectContaining({ code: 'JC', desks: 2, eventsReceived: 1, cases: 1, openRejections: 1, lastBatchAt: expect.any(String) }),
    ]);
  });

  it('the CLI runs every admin action against a running centre', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'central-cli-'));
    try {
      const calendarFile = join(dir, 'calendar.json');
      writeFileSync(calendarFile, calendarText);
      const out: string[] = [];
      const err: string[] = [];
      const actions = httpAdminActions(centre.url, testAdminToken);
      const run = (...argv: string[]) => runCli(parseCliArgs(argv), actions, { out: (l) => out.push(l), err: (l) => err.push(l) });
      const last = () => JSON.parse(out.at(-1) ?? 'null') as Record<string, unknown>;

      expect(await run('hall', 'create', 'JC', '江川市政务服务中心')).toBe(0);
      expect(last()).toMatchObject({ code: 'JC', created: true });
      expect(await run('enrolment-code', 'JC', '03', '--days', '3')).toBe(0);
      const { enrolmentCode } = last() as { enrolmentCode: string };
      expect(enrolmentCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      const enrolled = await api(centre, '/v1/enrol', { body: { enrolmentCode, hallCode: 'JC', deskNo: '03' } });
      expect(enrolled.status).toBe(200);
      await sendBatch(
        centre,
        { ...enrolled.json.value, auth: `Bearer ${enrolled.json.value.deskId}.${enrolled.json.value.credential}` },
        batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'))]),
      );

      expect(await run('publish-calendar', calendarFile)).toBe(0);
      expect(last()).toMatchObject({ years: ['2024', '2025', '2026'] });
      expect(await run('status-update', 'JC-03-2026-000001', 'completed', '--department', '江川市人力资源和社会保障局')).toBe(0);
      expect(last()).toMatchObject({ stateLabel: '已办结' });
      expect(await run('revoke', '--hall', 'JC', '--desk', '03')).toBe(0);
      expect(last()).toMatchObject({ hallCode: 'JC', deskNo: '03' });

      expect(await run('status-update', 'JC-03-2026-000001', 'exploded', '--department', '某局')).toBe(1);
      expect(err.at(-1)).toContain('状态应为以下之一');
      expect(await run('publish-catalogue', join(dir, 'missing.json'))).toBe(1);
      expect(err.at(-1)).toContain('无法读取文件');
      expect(await run('frobnicate')).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
