import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreRoles } from '../../../../src/central/accounts/centre-user';
import type { CentreRole } from '../../../../src/central/accounts/centre-user';
import { boardReaders } from '../../../../src/central/contract/board-contract';
import { enrolDesk } from '../../../../src/central/desks/enrol-desk';
import { issueEnrolmentCode } from '../../../../src/central/desks/enrolment-codes';
import { harnessAdminToken, startWorkHarness, temporaryPageStore } from './work-harness';
import type { Caller, WorkHarness } from './work-harness';

/**
 * Every route of the centre, called as every kind of caller: the access each route grants is
 * written once below, and a route without a row (or a row without a route) fails the test.
 * Adding a route is one line here. What is checked is the gate: 401 signed out (or the wrong kind
 * of credential), 403 the wrong role, anything else means the request got past it.
 */
type Access =
  /** Anyone. */
  | 'public'
  /** Any signed-in centre account. */
  | 'signed-in'
  /** The printed admin token (Authorization: Bearer), for the CLI and automation. */
  | 'admin-token'
  /** An enrolled desk's credential. */
  | 'desk'
  /** The admin page's own cookie (from /admin?token=…), which no caller here holds. */
  | 'admin-page'
  /** A page file: a desk, the admin token or any signed-in account (which case's pages each may see is pages' own test). */
  | 'page-reader'
  | readonly CentreRole[];

const accountManagers = ['centre-admin', 'hall-admin'] as const;

const routeAccess: Record<string, Access> = {
  'GET /v1/health': 'public',
  'POST /v1/enrol': 'public',
  'POST /v1/batches': 'desk',
  'GET /v1/changes': 'desk',
  'GET /v1/snapshot': 'desk',
  'GET /status': 'public',
  'GET /v1/public/status': 'public',
  'GET /admin': 'admin-page',
  'POST /admin/logout': 'public',
  'GET /v1/admin/overview': 'admin-token',
  'POST /v1/admin/halls': 'admin-token',
  'POST /v1/admin/enrolment-codes': 'admin-token',
  'POST /v1/admin/desks/revoke': 'admin-token',
  'POST /v1/admin/publish/catalogue': 'admin-token',
  'POST /v1/admin/publish/calendar': 'admin-token',
  'POST /v1/admin/publish/case-status': 'admin-token',
  'POST /v1/admin/accounts': 'admin-token',
  'GET /work': 'public',
  'GET /work/*': 'public',
  'POST /v1/work/session/sign-in': 'public',
  'GET /v1/work/session': 'public',
  'POST /v1/work/session/sign-out': 'signed-in',
  'POST /v1/work/session/change-password': 'signed-in',
  'GET /v1/work/accounts': accountManagers,
  'POST /v1/work/accounts/create': accountManagers,
  'POST /v1/work/accounts/update': accountManagers,
  'POST /v1/work/accounts/set-disabled': accountManagers,
  'POST /v1/work/accounts/reset-password': accountManagers,
  'GET /v1/work/audit/verify': ['centre-admin'],
  'POST /v1/pages/missing': 'desk',
  'ALL /v1/pages/uploads': 'desk',
  'ALL /v1/pages/uploads/*': 'desk',
  'GET /v1/pages/:sha256': 'page-reader',
  'GET /v1/work/board': boardReaders,
  'GET /v1/work/board/xlsx': boardReaders,
  'GET /v1/work/queue': centreRoles,
  'GET /v1/work/subtask': centreRoles,
  'POST /v1/work/actions/start': ['department-reviewer'],
  'POST /v1/work/actions/request-materials': ['department-reviewer'],
  'POST /v1/work/actions/special-step-start': ['department-reviewer'],
  'POST /v1/work/actions/special-step-end': ['department-reviewer'],
  'POST /v1/work/actions/decide': ['department-reviewer'],
  'POST /v1/work/actions/result-file': ['department-reviewer'],
};

type CallerKind = 'signed-out' | CentreRole | 'desk' | 'admin-token';
const callerKinds: readonly CallerKind[] = ['signed-out', ...centreRoles, 'desk', 'admin-token'];
type Outcome = 'passes' | 401 | 403;

function expectedOutcome(access: Access, caller: CallerKind): Outcome {
  if (access === 'public') return 'passes';
  if (access === 'admin-page') return 401;
  if (access === 'admin-token' || access === 'desk') return caller === access ? 'passes' : 401;
  if (access === 'page-reader' && (caller === 'desk' || caller === 'admin-token')) return 'passes';
  const role = (centreRoles as readonly string[]).includes(caller) ? (caller as CentreRole) : null;
  if (role === null) return 401;
  if (access === 'signed-in' || access === 'page-reader') return 'passes';
  return access.includes(role) ? 'passes' : 403;
}

let centre: WorkHarness;
let deskAuthorization: string;
const hallCode = 'RA';

// A page store, so the page and tus routes are walked too.
const pageStore = temporaryPageStore();

beforeAll(async () => {
  centre = await startWorkHarness({ pages: pageStore.pages });
  await centre.addHall(hallCode);
  const { enrolmentCode } = await issueEnrolmentCode(centre.sql, { hallCode, deskNo: '01', validDays: 7 });
  const desk = await enrolDesk(centre.sql, { enrolmentCode, hallCode, deskNo: '01' });
  deskAuthorization = `Bearer ${desk.deskId}.${desk.credential}`;
});
afterAll(async () => {
  await centre.close();
  pageStore.remove();
});

/** A fresh caller per request, so a sign-out by one call does not change the next. */
async function callerOf(kind: CallerKind): Promise<Caller> {
  if (kind === 'signed-out') return { csrf: 'sign-in' };
  if (kind === 'desk') return { csrf: 'sign-in', authorization: deskAuthorization };
  if (kind === 'admin-token') return { csrf: 'sign-in', authorization: `Bearer ${harnessAdminToken}` };
  const account = await centre.seedAccount(kind, { hallCode: kind === 'hall-admin' ? hallCode : undefined });
  return centre.sessionFor(account);
}

/** Every route but the 405 answers; tus answers every method on its own paths, so those are kept as ALL (walked as POST). */
const routeKeys = () => [
  ...new Set(
    centre.app.routes
      .filter((route) => route.method !== 'ALL' || route.path.startsWith('/v1/pages/uploads'))
      .map((r) => `${r.method} ${r.path}`),
  ),
];

describe('centre route access', () => {
  it('every route has exactly one row in the access table', () => {
    const routes = routeKeys().sort();
    expect(
      routes.filter((key) => !(key in routeAccess)),
      'add a row for each new route',
    ).toEqual([]);
    expect(
      Object.keys(routeAccess).filter((key) => !routes.includes(key)),
      'remove rows of routes that are gone',
    ).toEqual([]);
  });

  it('every route answers every caller as its row says', async () => {
    const mismatches: string[] = [];
    for (const key of routeKeys()) {
      const [routeMethod, pattern] = key.split(' ') as [string, string];
      const method = routeMethod === 'ALL' ? 'POST' : routeMethod;
      const path = pattern.replace('*', 'anything');
      for (const kind of callerKinds) {
        const reply = await centre.call(method, path, method === 'GET' ? undefined : {}, await callerOf(kind));
        const outcome: Outcome = reply.status === 401 || reply.status === 403 ? reply.status : 'passes';
        const expected = expectedOutcome(routeAccess[key]!, kind);
        if (outcome !== expected) mismatches.push(`${key} as ${kind}: expected ${expected}, got ${reply.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
