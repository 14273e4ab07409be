import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend, type BackendOptions } from '../../src/main/backend/backend';
import type { Channel, InputOf, OutputOf } from '../../src/shared/contract/api';
import type { ErrorInfo } from '../../src/shared/errors';

export class MovableClock {
  constructor(private current = new Date('2026-03-02T01:30:00Z')) {}
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export const silentLogger = { error: () => undefined };

export interface TestDesk {
  backend: Backend;
  clock: MovableClock;
  dataDir: string;
  /** Calls as the given browser/window; returns the value or throws the typed error info. */
  call<C extends Channel>(channel: C, input: InputOf<C>, sessionKey?: string): Promise<OutputOf<C>>;
  fail(channel: Channel, input: unknown, sessionKey?: string): Promise<ErrorInfo>;
  close(): void;
}

/** A fresh desk in its own folder; `options` adds to or replaces the test defaults. */
export function openTestDesk(options: Partial<BackendOptions> = {}): TestDesk {
  return testDeskIn(mkdtempSync(join(tmpdir(), 'halldesk-test-')), new MovableClock(), options);
}

/** The same desk started again on its folder, once its back end was closed (and its store file replaced, say). */
export function reopenTestDesk(desk: TestDesk, options: Partial<BackendOptions> = {}): TestDesk {
  return testDeskIn(desk.dataDir, desk.clock, options);
}

function testDeskIn(dataDir: string, clock: MovableClock, options: Partial<BackendOptions>): TestDesk {
  const backend = openBackend({ dataDir, clock, logger: silentLogger, ...options });
  return {
    backend,
    clock,
    dataDir,
    async call(channel, input, sessionKey = 'test') {
      const result = await backend.dispatch({ channel, input, sessionKey });
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(channel, input, sessionKey = 'test') {
      const result = await backend.dispatch({ channel, input, sessionKey });
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.error;
    },
    close() {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const adminPassword = 'Admin2026pass';

/** What the hall's paper names; without it no case document prints (required-settings.ts). */
export const paperSettings = {
  statusBaseUrl: 'https://zwfw.jiangchuan.gov.cn',
  reviewAuthority: '江川市人民政府',
  litigationCourt: '江川市人民法院',
};

export async function setUpDesk(desk: TestDesk, sessionKey = 'test', deskNo = '03') {
  return desk.call(
    'setup.initialize',
    {
      hallName: '江川市政务服务中心',
      hallCode: 'JC',
      deskNo,
      admin: { staffNo: 'A001', name: '王管理', password: adminPassword },
      ...paperSettings,
    },
    sessionKey,
  );
}
