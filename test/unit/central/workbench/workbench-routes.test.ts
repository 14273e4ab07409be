import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { centreRoles } from '../../../../src/central/accounts/centre-user';
import type { CentreUser } from '../../../../src/central/accounts/centre-user';
import { workbenchRoutes as routeList } from '../../../../src/central/contract/workbench-contract';
import type { CentralEnv } from '../../../../src/central/http/central-env';
import { errorReply } from '../../../../src/central/http/replies';
import { upsertSubtasks } from '../../../../src/central/workbench/subtask-projection-queries';
import { workbenchRoutes } from '../../../../src/central/workbench/workbench-routes';
import { AppError } from '../../../../src/shared/errors';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../suite/test-centre';
import { availableTestStores } from '../suite/test-stores';
import { centreUser, health, market } from './workbench-fixtures';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let app: Hono<CentralEnv>;
const signedIn = new Map<string, CentreUser>();

beforeEach(async () => {
  centre = await startTestCentre(store);
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  const row = {
    position: 0,
    itemCode: 'X',
    itemName: '事项',
    applicantName: '张三',
    caseState: 'in-progress',
    taskState: 'in-progress',
    isOpen: true,
    acceptedOn: '2026-03-02',
    promisedDays: 5,
    dueDate: '2026-03-09',
    decidedOn: null,
    outcome: null,
    decisionDocNo: null,
    suppliedRequests: 0,
    seq: 1,
  };
  const deskId = randomUUID();
  // The words are published on the case's row; the page reads its payload (none here: pruned).
  await centre.sql.query(
    `INSERT INTO cases (hall_code, case_no, desk_no, content_hash, state, last_desk_id, last_seq, last_event_id)
     SELECT 'JC', n, '03', 'h', 'in-progress', $1, 1, $2 FROM unnest($3::text[]) AS n`,
    [deskId, randomUUID(), ['JC-03-2026-000001', 'JC-03-2026-000002']],
  );
  await centre.sql.transaction((tx) =>
    upsertSubtasks(tx, { id: deskId, hallCode: 'JC', deskNo: '03' }, [
      { ...row, caseNo: 'JC-03-2026-000001', department: market },
      { ...row, caseNo: 'JC-03-2026-000002', department: health },
    ]),
  );
  // The session middleware's part, stood in for: the account named by a test header.
  app = new Hono<CentralEnv>();
  app.use('*', async (c, next) => {
    const user = signedIn.get(c.req.header('x-test-account') ?? '');
    if (user !== undefined) c.set('centreUser', user);
    await next();
  });
  app.route('/', workbenchRoutes({ sql: centre.sql } as Parameters<typeof workbenchRoutes>[0]));
  app.onError((error) => {
    if (error instanceof AppError) return errorReply(error);
    throw error;
  });
}, centreHookTimeout);
afterEach(() => centre.close(), centreHookTimeout);

const accounts: Record<string, CentreUser> = {
  'reviewer-market': centreUser('department-reviewer', { department: market }),
  'reviewer-health': centreUser('department-reviewer', { department: health }),
  'hall-admin': centreUser('hall-admin', { hallCode: 'JC' }),
  inspector: centreUser('inspector'),
  'centre-admin': centreUser('centre-admin'),
};
for (const [name, user] of Object.entries(accounts)) signedIn.set(name, user);

/** A valid input for each route, on the 市场监管 sub-task. */
function inputFor(path: string): Record<string, unknown> {
  const key = { hallCode: 'JC', caseNo: 'JC-03-2026-000001', position: 0, wordId: randomUUID() };
  if (path.endsWith('/queue')) return {};
  if (path.endsWith('/subtask')) return { hallCode: 'JC', caseNo: 'JC-03-2026-000001', position: '0' };
  if (path.endsWith('/request-materials')) return { ...key, missingMaterials: [{ name: '检测报告' }] };
  if (path.includes('special-step')) return { ...key, specialStep: { kind: '现场核查' } };
  if (path.endsWith('/decide')) return { ...key, outcome: 'approved', decision: { documentNo: 'D1', decidedOn: '2026-03-04' } };
  return key;
}

async function call(path: string, method: string, account: string | null, input: Record<string, unknown>) {
  const headers: Record<string, string> = account === null ? {} : { 'x-test-account': account };
  const response =
    method === 'GET'
      ? await app.request(`${path}?${new URLSearchParams(input as Record<string, string>).toString()}`, { headers })
      : await app.request(path, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return response.status;
}

describe('every workbench route as every role', () => {
  it('lets each role only where its scope allows', async () => {
    const results: Record<string, Record<string, number>> = {};
    for (const route of routeList) {
      const row: Record<string, number> = { 'signed-out': await call(route.path, route.method, null, inputFor(route.path)) };
      for (const account of Object.keys(accounts)) row[account] = await call(route.path, route.method, account, inputFor(route.path));
      results[route.path] = row;
    }
    const reads = {
      'signed-out': 401,
      'reviewer-market': 200,
      'reviewer-health': 200,
      'hall-admin': 200,
      inspector: 200,
      'centre-admin': 200,
    };
    // Another department's reviewer does not see the sub-task at all; nobody but its own reviewer acts.
    const page = { ...reads, 'reviewer-health': 404 };
    const act = {
      'signed-out': 401,
      'reviewer-market': 200,
      'reviewer-health': 403,
      'hall-admin': 403,
      inspector: 403,
      'centre-admin': 403,
    };
    expect(results).toEqual({
      '/v1/work/queue': reads,
      '/v1/work/subtask': page,
      '/v1/work/actions/start': act,
      // After 开始审查 the market reviewer's later actions meet the sub-task where the earlier ones left it.
      '/v1/work/actions/request-materials': act,
      '/v1/work/actions/special-step-start': { ...act, 'reviewer-market': 409 },
      '/v1/work/actions/special-step-end': { ...act, 'reviewer-market': 409 },
      '/v1/work/actions/decide': { ...act, 'reviewer-market': 409 },
    });
    expect(centreRoles).toHaveLength(4);
  });
});
