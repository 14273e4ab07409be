import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../src/main/backend/backend';
import { TestClock, testClockFromEnv } from '../../../src/main/services/supervision/test-clock';
import { person, registration } from '../../helpers/intake-fixtures';
import { adminPassword, silentLogger } from '../../helpers/test-backend';
import { openLifecycleDesk, socialCardItem, w } from './lifecycle-fixtures';

describe('the test clock', () => {
  it('does not exist by default: the dispatcher answers testing.advanceClock as an unknown call', async () => {
    const desk = await openLifecycleDesk();
    try {
      const unknown = { code: 'VALIDATION', message: '未知的调用：testing.advanceClock' };
      expect(await desk.fail('testing.advanceClock', { days: 1 }, w)).toEqual(unknown);
      expect(await desk.fail('testing.advanceClock', { days: 1 }, 'nobody')).toEqual(unknown);
      expect(await desk.fail('nope.nothing' as never, {}, w)).toEqual({ code: 'VALIDATION', message: '未知的调用：nope.nothing' });
      expect(testClockFromEnv({})).toBeUndefined();
      expect(testClockFromEnv({ HALLDESK_TEST_CLOCK: '0' })).toBeUndefined();
    } finally {
      desk.close();
    }
  });

  it("with HALLDESK_TEST_CLOCK=1 moves the back end's days for an administrator, and only for one", async () => {
    const clock = testClockFromEnv({ HALLDESK_TEST_CLOCK: '1', HALLDESK_TEST_CLOCK_START: '2026-03-02T01:30:00Z' })!;
    expect(clock).toBeInstanceOf(TestClock);
    const dataDir = mkdtempSync(join(tmpdir(), 'halldesk-test-'));
    const backend = openBackend({ dataDir, testClock: clock, logger: silentLogger, startSync: false });
    const call = async (channel: string, input: unknown, sessionKey = w) => {
      const result = await backend.dispatch({ channel, input, sessionKey });
      return result.ok ? { ok: true as const, value: result.value as Record<string, unknown> } : result;
    };
    try {
      await call('setup.initialize', {
        hallName: '江川市政务服务中心',
        hallCode: 'JC',
        deskNo: '03',
        admin: { staffNo: 'A001', name: '王管理', password: adminPassword },
      });
      const plan = await call('intake.plan', { itemCodes: [socialCardItem] });
      const materials = (
        plan.ok ? (plan.value.materials as { key: string; necessity: string; originals: number; copies: number }[]) : []
      ).map((m) => ({
        key: m.key,
        applicable: m.necessity !== 'conditional',
        originals: m.originals,
        copies: m.copies,
      }));
      const kase = await call(
        'cases.register',
        registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      );
      expect(kase).toMatchObject({ ok: true, value: { promisedDate: '2026-03-03' } });
      const caseNo = kase.ok ? String(kase.value.caseNo) : '';
      expect(await call('testing.advanceClock', { days: 2 })).toMatchObject({ ok: true, value: { today: '2026-03-04' } });
      expect(await call('lifecycle.get', { caseNo })).toMatchObject({
        ok: true,
        value: { clock: { level: 'red', remainingWorkingDays: -1 } },
      });
      expect(await call('testing.advanceClock', { days: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      await call('users.create', { staffNo: 'C101', name: '李窗口', role: 'clerk', password: adminPassword });
      await call('auth.login', { staffNo: 'C101', password: adminPassword }, 'clerk');
      expect(await call('testing.advanceClock', { days: 1 }, 'clerk')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await backend.closeAsync();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
