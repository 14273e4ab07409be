import Database from 'better-sqlite3';
import { afterEach, beforeEach, vi } from 'vitest';
import { join } from 'node:path';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import type { BackendOptions } from '../../../src/main/backend/backend';

export const clerk = { staffNo: 'C101', name: '李窗口', password: 'Window2026ok' };
export const adminSession = 'admin-window';

/** A desk with its administrator logged in at `adminSession` and one clerk account (C101). */
export async function accountsDesk(options: Partial<BackendOptions> = {}): Promise<{ desk: TestDesk; clerkId: number }> {
  const desk = openTestDesk(options);
  await setUpDesk(desk, adminSession);
  const created = await desk.call('users.create', { ...clerk, role: 'clerk' }, adminSession);
  return { desk, clerkId: created.id };
}

/**
 * A fresh accounts desk for each test of the file (or describe block): `fixture.desk` and
 * `fixture.clerkId` are the current test's; mocks are restored and the desk closed after each.
 */
export function eachAccountsDesk(): { desk: TestDesk; clerkId: number } {
  const fixture = {} as { desk: TestDesk; clerkId: number };
  beforeEach(async () => {
    Object.assign(fixture, await accountsDesk());
  }, 60_000);
  afterEach(() => {
    vi.restoreAllMocks();
    fixture.desk.close();
  });
  return fixture;
}

/** Writes the desk's store beside the running back end (a lock set as if time had passed). */
export function writeStore(desk: TestDesk, sql: string, ...params: unknown[]): void {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export function readRow<T>(desk: TestDesk, sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

export const login = (desk: TestDesk, password: string, sessionKey: string, staffNo = clerk.staffNo) =>
  desk.backend.dispatch({ channel: 'auth.login', input: { staffNo, password }, sessionKey });
