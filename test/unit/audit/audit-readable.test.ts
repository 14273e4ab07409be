import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditActionLabels } from '../../../src/shared/audit/audit-labels';
import { auditSentence } from '../../../src/shared/audit/audit-sentence';
import { formatHallTime } from '../../../src/shared/time/hall-time';
import { isChannel } from '../../../src/shared/contract/api';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Dotted literals in src/main that are not audit actions: setting keys, field paths, SQL aliases. */
const notActions = new Set([
  'hall.name',
  'hall.code',
  'print.settings',
  'sync.cursor',
  'decision.deadlines',
  'approver.password',
  'approver.staffNo',
  'd.id',
  'i.department',
  'o.id',
  'calendar.centre',
  'sync-key.sealed',
  'materials.limits',
]);
const fileName = /\.(js|exe|log|html|css|json|enc|lock|sqlite3)$/;

describe('Chinese names for audit actions', () => {
  it('names every action code written anywhere in src/main', () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../../src/main'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'([a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)+)'/g)) codes.add(match[1]!);
    }
    const actions = [...codes].filter((c) => !isChannel(c) && !notActions.has(c) && !fileName.test(c));
    expect(actions.length).toBeGreaterThan(40);
    const unnamed = actions.filter((a) => !(a in auditActionLabels));
    expect(unnamed).toEqual([]);
    // Written by login and logout, whose codes are also the names of their calls.
    expect(auditActionLabels['auth.login']).toBe('登录');
    expect(auditActionLabels['auth.logout']).toBe('退出登录');
  });

  it('writes details as sentences', () => {
    expect(
      auditSentence({ action: 'auth.login.failed', entity: null, entityId: null, detail: '{"reason":"wrong-password","attempts":2}' }),
    ).toBe('登录失败。原因：密码错误；第几次：2');
    expect(
      auditSentence({
        action: 'case.updated',
        entity: 'case',
        entityId: 'JC-03-2026-000001',
        detail: '{"event":"case.delivered","summary":"出件：窗口领取"}',
      }),
    ).toBe('案件 JC-03-2026-000001：出件：窗口领取');
    expect(
      auditSentence({
        action: 'print.printed',
        entity: 'case-document',
        entityId: 'JC-03-2026-000001',
        detail: '{"docType":"acceptance-notice","docNo":"JC受字〔2026〕第03-000001号","pageCount":1}',
      }),
    ).toBe('打印文书（案件文书 JC-03-2026-000001）。文书：受理通知书；文号：JC受字〔2026〕第03-000001号；页数：1');
  });

  it('shows times in the hall’s zone whatever the machine’s', () => {
    expect(formatHallTime('2026-03-01T16:30:05.000Z', 'Asia/Shanghai', true)).toBe('2026-03-02 00:30:05');
  });
});

describe('audit.list filters', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = openTestDesk(); // 2026-03-02 09:30 in the hall
    await setUpDesk(desk, 'admin');
    await desk.call('users.create', { staffNo: 'S001', name: '赵科长', role: 'supervisor', password: 'Passw0rd2026' }, 'admin');
    await desk.call('auth.login', { staffNo: 'S001', password: 'Passw0rd2026' }, 'S001');
    desk.clock.advanceMinutes(24 * 60);
    await desk.call('auth.login', { staffNo: 'S001', password: 'Passw0rd2026' }, 'S001');
  });
  afterEach(() => desk.close());

  it('filters by person, action and hall day, and names the person', async () => {
    const byPerson = await desk.call('audit.list', { staffNo: 'S001' }, 'S001');
    expect(byPerson.rows.map((r) => r.action)).toEqual(['auth.login', 'auth.login']);
    expect(byPerson.rows[0]?.actorName).toBe('赵科长');
    expect(byPerson.people.map((p) => p.staffNo)).toEqual(['A001', 'S001']);
    const logins = await desk.call('audit.list', { action: 'auth.login' }, 'S001');
    expect(logins.rows.every((r) => r.action === 'auth.login')).toBe(true);
    expect(logins.total).toBe(2);
    const firstDay = await desk.call('audit.list', { day: '2026-03-02' }, 'S001');
    expect(firstDay.rows.every((r) => formatHallTime(r.at).startsWith('2026-03-02'))).toBe(true);
    expect(firstDay.rows.some((r) => r.action === 'user.created')).toBe(true);
    const secondDay = await desk.call('audit.list', { day: '2026-03-03', staffNo: 'S001' }, 'S001');
    expect(secondDay.total).toBe(1);
  });
});
