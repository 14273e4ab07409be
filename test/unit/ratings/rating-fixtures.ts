import Database from 'better-sqlite3';
import { join } from 'node:path';
import { socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { register, people } from '../search/search-fixtures';

export const sessions = { admin: 'admin-window', clerk: 'clerk-window', supervisor: 'supervisor', screen: 'rating-screen' } as const;
export const clerkPassword = 'Clerk2026pass';

/** A desk with a clerk (C001) and a supervisor (S001) logged in, and one accepted case of the clerk's. */
export async function ratingDesk(): Promise<{ desk: TestDesk; caseNo: string }> {
  const desk = openTestDesk(); // Monday 2026-03-02, 09:30 in the hall
  await setUpDesk(desk, sessions.admin);
  await desk.call('users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: clerkPassword }, sessions.admin);
  await desk.call('users.create', { staffNo: 'S001', name: '周科长', role: 'supervisor', password: clerkPassword }, sessions.admin);
  await desk.call('auth.login', { staffNo: 'C001', password: clerkPassword }, sessions.clerk);
  await desk.call('auth.login', { staffNo: 'S001', password: clerkPassword }, sessions.supervisor);
  const detail = await register(desk, sessions.clerk, socialCardItem, people.zhangSan);
  return { desk, caseNo: detail.caseNo };
}

/** The clerk invites, the screen picks the invitation up and answers it. */
export async function rate(
  desk: TestDesk,
  caseNo: string,
  level: 'very-satisfied' | 'satisfied' | 'basic' | 'dissatisfied' | 'very-dissatisfied',
  comment?: string,
) {
  const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
  const prompt = await desk.call('ratings.pending', { invitationId: invited.id, token: invited.viewToken }, sessions.screen);
  if (!prompt) throw new Error('no prompt on the rating screen');
  await desk.call(
    'ratings.submit',
    { invitationId: prompt.invitationId, token: prompt.token, level, scores: { attitude: 2 }, comment },
    sessions.screen,
  );
  return prompt;
}

/** Reads the desk's store beside the running back end (WAL lets both in). */
export function readStore<T>(desk: TestDesk, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function writeStore(desk: TestDesk, sql: string, ...params: unknown[]): void {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export const days = (n: number) => n * 24 * 60;
