import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminPassword, openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { hashPassword, verifyPassword } from '../../../src/main/services/users/password';

let desk: TestDesk;
beforeEach(() => {
  desk = openTestDesk();
});
afterEach(() => desk.close());

describe('first-run setup', () => {
  it('refuses every call but status and setup until the desk is set up', async () => {
    expect((await desk.call('app.status', {})).setupDone).toBe(false);
    expect((await desk.fail('auth.login', { staffNo: 'A001', password: 'x' })).code).toBe('SETUP_REQUIRED');
  });

  it('creates the hall and the first administrator, logged in, and runs only once', async () => {
    const admin = await setUpDesk(desk);
    expect(admin).toMatchObject({ staffNo: 'A001', role: 'admin' });
    const status = await desk.call('app.status', {});
    expect(status).toMatchObject({ setupDone: true, hall: { code: 'JC', deskNo: '03' }, user: { staffNo: 'A001' } });
    expect(
      (
        await desk.fail('setup.initialize', {
          hallName: '别的大厅',
          hallCode: 'XX',
          deskNo: '1',
          admin: { staffNo: 'B', name: '某', password: 'Abcdefg123' },
        })
      ).code,
    ).toBe('CONFLICT');
  });

  it('rejects a weak password at the field, in Chinese', async () => {
    const error = await desk.fail('setup.initialize', {
      hallName: '江川市政务服务中心',
      hallCode: 'JC',
      deskNo: '03',
      admin: { staffNo: 'A001', name: '王管理', password: 'short' },
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'admin.password', message: '密码至少8位' });
  });
});

describe('login', () => {
  beforeEach(async () => {
    await setUpDesk(desk, 'setup-window');
  });

  it('logs in with 工号 and password and out again', async () => {
    expect(await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, 'w1')).toMatchObject({ name: '王管理' });
    expect((await desk.call('app.status', {}, 'w1')).user?.staffNo).toBe('A001');
    await desk.call('auth.logout', {}, 'w1');
    expect((await desk.call('app.status', {}, 'w1')).user).toBeNull();
  });

  it('says the same for a wrong password and for an unknown 工号', async () => {
    const message = '工号或密码错误，或账号暂不可用';
    expect(await desk.fail('auth.login', { staffNo: 'A001', password: 'wrong' }, 'w1')).toMatchObject({ code: 'UNAUTHENTICATED', message });
    expect((await desk.fail('auth.login', { staffNo: 'NOBODY', password: 'wrong' }, 'w1')).message).toBe(message);
  });

  it('makes a source wait after five wrong passwords, and lets it in again once the wait is over', async () => {
    for (let i = 0; i < 5; i += 1) await desk.fail('auth.login', { staffNo: 'A001', password: 'wrong' }, 'w1');
    expect((await desk.fail('auth.login', { staffNo: 'A001', password: adminPassword }, 'w1')).code).toBe('UNAUTHENTICATED');
    desk.clock.advanceMinutes(1);
    expect(await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, 'w1')).toMatchObject({ staffNo: 'A001' });
  });

  it('records logins, failures and the lock in the audit log', async () => {
    await desk.fail('auth.login', { staffNo: 'A001', password: 'BadGuess77' }, 'w1');
    await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, 'w1');
    const { rows } = await desk.call('audit.list', { page: 1, pageSize: 50 }, 'w1');
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.login.failed', 'auth.login', 'desk.initialized']));
    expect(JSON.stringify(rows)).not.toContain('BadGuess77');
    expect(JSON.stringify(rows)).not.toContain(adminPassword);
    expect((await desk.call('audit.verify', {}, 'w1')).ok).toBe(true);
  });
});

describe('passwords', () => {
  it('are stored as salted scrypt hashes and verified', async () => {
    const hash = await hashPassword('Secret123');
    expect(hash).toMatch(/^scrypt\$65536\$8\$1\$/);
    expect(hash).not.toContain('Secret123');
    expect(await hashPassword('Secret123')).not.toBe(hash);
    expect(await verifyPassword('Secret123', hash)).toBe(true);
    expect(await verifyPassword('Secret124', hash)).toBe(false);
  });
});
