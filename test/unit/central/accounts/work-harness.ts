import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { insertAccount, setAccountPassword } from '../../../../src/central/accounts/account-queries';
import type { AccountRow } from '../../../../src/central/accounts/account-queries';
import type { CentreRole } from '../../../../src/central/accounts/centre-user';
import { hashPassword } from '../../../../src/central/accounts/password-hash';
import { centreSessionCookie, csrfTokenFor, startSession } from '../../../../src/central/accounts/sessions';
import { createAdminGuard } from '../../../../src/central/admin/admin-auth';
import { csrfHeaderName } from '../../../../src/central/contract/centre-contract';
import { migrate } from '../../../../src/central/db/migrate';
import { wrapPglite } from '../../../../src/central/db/pglite-sql';
import type { Sql } from '../../../../src/central/db/sql';
import { FsBlobStore } from '../../../../src/central/pages-store/fs-blob-store';
import type { PagesDeps } from '../../../../src/central/pages-store/page-routes';
import { createCentralApp } from '../../../../src/central/http/central-app';
import type { CentralDeps } from '../../../../src/central/http/central-deps';
import { insertHallIfNew } from '../../../../src/central/halls/hall-queries';
import { useChineseValidationMessages } from '../../../../src/shared/contract/zod-locale';
import { freshSchemaName } from '../suite/test-stores';

export const harnessAdminToken = 'accounts-admin-token-0123456789';
/** Every seeded account's password (already changed, so no forced change). */
export const seededPassword = 'Centre2026pass';

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read into the JSON freely
  json: any;
  setCookie: string | null;
}

export interface Caller {
  cookie?: string;
  csrf?: string;
  authorization?: string;
}

/** The centre's app on PGlite, called in process (no port), with a clock the test moves. */
export interface WorkHarness {
  sql: Sql;
  app: ReturnType<typeof createCentralApp>;
  clock: { now: Date };
  call(method: string, path: string, body?: unknown, caller?: Caller): Promise<Reply>;
  seedAccount(role: CentreRole, binding?: { hallCode?: string; department?: string; staffNo?: string }): Promise<AccountRow>;
  /** A session made in the store (no scrypt): the cookie and CSRF token a browser would hold. */
  sessionFor(account: AccountRow): Promise<Required<Pick<Caller, 'cookie' | 'csrf'>>>;
  addHall(code: string): Promise<void>;
  close(): Promise<void>;
}

let shared: Promise<PGlite> | undefined;
const instance = () => (shared ??= PGlite.create('memory://'));
let seededHash: Promise<string> | undefined;

const fakeIncoming = { socket: { remoteAddress: '127.0.0.1' }, headers: {} } as unknown as IncomingMessage;

export const cookieFrom = (setCookie: string | null): string | undefined => {
  const match = new RegExp(`${centreSessionCookie}=([^;]*)`).exec(setCookie ?? '');
  return match === null || match[1] === '' ? undefined : `${centreSessionCookie}=${match[1]}`;
};

/**
 * A page store in a temporary folder, for a harness that serves the page routes. Remove it only
 * after the harness is closed: the tus store creates its folder asynchronously.
 */
export function temporaryPageStore(): { pages: PagesDeps; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'halldesk-work-pages-'));
  mkdirSync(join(root, 'uploads'));
  return {
    pages: { blobs: new FsBlobStore(join(root, 'blobs')), uploadsDir: join(root, 'uploads') },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export async function startWorkHarness(options: Partial<Pick<CentralDeps, 'signInRateLimiter' | 'pages'>> = {}): Promise<WorkHarness> {
  useChineseValidationMessages();
  const schema = freshSchemaName();
  const sql = await wrapPglite(await instance(), { schema, closeDatabase: false });
  await migrate(sql);
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const app = createCentralApp({
    sql,
    admin: createAdminGuard(harnessAdminToken),
    version: 'test',
    logError: (message, error) => console.error(message, error),
    now: () => clock.now,
    webDir: '/nonexistent-centre-web',
    ...options,
  });
  return {
    sql,
    app,
    clock,
    async call(method, path, body, caller = {}) {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (caller.cookie !== undefined) headers.cookie = caller.cookie;
      if (caller.csrf !== undefined) headers[csrfHeaderName] = caller.csrf;
      if (caller.authorization !== undefined) headers.authorization = caller.authorization;
      const init = { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
      const response = await app.request(path, init, { incoming: fakeIncoming });
      const text = await response.text();
      const json: unknown = text.startsWith('{') ? JSON.parse(text) : null;
      return { status: response.status, json, setCookie: response.headers.get('set-cookie') };
    },
    async seedAccount(role, binding = {}) {
      const passwordHash = await (seededHash ??= hashPassword(seededPassword));
      const account = await insertAccount(sql, {
        id: randomUUID(),
        staffNo: binding.staffNo ?? `S${randomUUID().slice(0, 8)}`,
        name: '测试人员',
        role,
        hallCode: binding.hallCode ?? null,
        department: role === 'department-reviewer' ? (binding.department ?? '市场监管局') : null,
        passwordHash,
      });
      return setAccountPassword(sql, account!.id, passwordHash, false);
    },
    async sessionFor(account) {
      const sessionId = await startSession(sql, account.id, clock.now);
      return { cookie: `${centreSessionCookie}=${sessionId}`, csrf: csrfTokenFor(sessionId) };
    },
    async addHall(code) {
      await insertHallIfNew(sql, code, `${code} 政务服务中心`);
    },
    async close() {
      await sql.close();
      const db = await instance();
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await db.query('SET search_path TO public');
    },
  };
}
