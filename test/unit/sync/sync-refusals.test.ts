import Database from 'better-sqlite3';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { CredentialStore } from '../../../src/main/sync/credential-store';
import { SyncEngine } from '../../../src/main/sync/sync-engine';

/** The pull is never reached in these tests: a refused push stops the run first. */
const unused = {} as never;

const w = 'admin-window';
let desk: TestDesk;

beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, w);
}, centreHookTimeout);
afterEach(() => {
  vi.restoreAllMocks();
  desk.close();
});

async function registerCases(count: number) {
  const { materials } = await receiptsFor(desk, [socialCardItem], w);
  for (let i = 0; i < count; i += 1) {
    await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
  }
}

describe('the desk stops on a refused credential (401/403) until it is enrolled again', () => {
  const store = availableTestStores()[0]!;
  let centre: TestCentre;
  beforeAll(() => store.warmUp(), 120_000);
  afterAll(() => store.shutdown());
  beforeEach(async () => {
    centre = await startTestCentre(store);
    await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  }, centreHookTimeout);
  afterEach(() => centre.close(), centreHookTimeout);

  const enrol = async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    return desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
  };

  it('says 需要重新注册, sends nothing more, and resumes after a new enrolment', async () => {
    expect(await enrol()).toMatchObject({ pending: 0, reEnrolRequired: false });
    await centre.admin.revokeDesk({ hallCode: 'JC', deskNo: '03' });
    await registerCases(1);
    const refused = await desk.call('sync.now', {}, w);
    expect(refused).toMatchObject({ reEnrolRequired: true, pending: 1 });
    expect(refused.error).toContain('吊销');

    const requests = vi.spyOn(globalThis, 'fetch');
    expect(await desk.call('sync.now', {}, w)).toMatchObject({ reEnrolRequired: true, pending: 1 });
    // The stop is kept in the store: a restarted desk (a new engine on the same folder) stays stopped.
    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
    const restarted = new SyncEngine({
      db,
      credentials: new CredentialStore(desk.dataDir),
      clock: desk.clock,
      catalogue: unused,
      calendar: unused,
    });
    expect(restarted.status()).toMatchObject({ reEnrolRequired: true, pending: 1 });
    expect(restarted.status().error).toContain('吊销');
    await restarted.syncNow();
    await restarted.stop();
    db.close();
    expect(requests).not.toHaveBeenCalled();
    requests.mockRestore();

    expect(await enrol()).toMatchObject({ reEnrolRequired: false, pending: 0, error: null });
  });
});

/** A centre that answers 413 for the batches `tooLarge` picks, and applies every other. */
async function startFussyCentre(tooLarge: (events: { eventId: string; entity: string }[]) => boolean) {
  const accepted: { batchId: string; eventId: string; seq: number }[] = [];
  const refusedBatchIds: string[] = [];
  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      if (req.url === '/v1/enrol') {
        return reply(res, 200, {
          ok: true,
          value: { deskId: '39c63c94-5dab-4649-ac72-e6cc171b4f19', credential: 'secret', hallCode: 'JC', hallName: '江川', deskNo: '03' },
        });
      }
      if (req.url?.startsWith('/v1/changes')) return reply(res, 200, { ok: true, value: { changes: [], nextCursor: 0, hasMore: false } });
      // A new window: nothing of it at the centre yet, so the desk starts from an empty snapshot.
      if (req.url?.startsWith('/v1/snapshot')) {
        return reply(res, 200, { ok: true, value: { feedCursor: 0, highWaterSeq: 0, cases: [], nextAfter: '', hasMore: false } });
      }
      const batch = JSON.parse(text) as { batchId: string; events: { eventId: string; seq: number; entity: string }[] };
      if (tooLarge(batch.events)) {
        refusedBatchIds.push(batch.batchId);
        return reply(res, 413, { ok: false, error: { code: 'VALIDATION', message: '批次过大' } });
      }
      accepted.push(...batch.events.map((e) => ({ batchId: batch.batchId, eventId: e.eventId, seq: e.seq })));
      return reply(res, 200, {
        ok: true,
        value: { batchId: batch.batchId, results: batch.events.map((e) => ({ eventId: e.eventId, status: 'applied' })) },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, accepted, refusedBatchIds, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the desk splits a batch the centre refuses as too large (413)', () => {
  it('halves it under new batch ids until each part fits, sending every event once and in order', async () => {
    await registerCases(3);
    const centre = await startFussyCentre((events) => events.length > 2);
    try {
      const status = await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode: 'R8YD-241H-QE2G-QXW6' }, w);
      expect(status).toMatchObject({ pending: 0, rejected: 0, error: null });
      for (const batchId of new Set(centre.accepted.map((e) => e.batchId))) {
        const seqs = centre.accepted.filter((e) => e.batchId === batchId).map((e) => e.seq);
        expect(seqs.length).toBeLessThanOrEqual(2);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }
      expect(new Set(centre.accepted.map((e) => e.eventId)).size).toBe(centre.accepted.length);
      expect(centre.accepted.length).toBeGreaterThanOrEqual(5);
      expect(centre.refusedBatchIds.length).toBeGreaterThan(0);
      expect(centre.accepted.some((e) => centre.refusedBatchIds.includes(e.batchId))).toBe(false);
    } finally {
      await centre.close();
    }
  });

  it('puts one event the centre refuses as too large even alone on the supervisor list, and sends the rest', async () => {
    await registerCases(2);
    const centre = await startFussyCentre((events) => events.some((e) => e.entity === 'desk'));
    try {
      const status = await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode: 'R8YD-241H-QE2G-QXW6' }, w);
      expect(status).toMatchObject({ pending: 0, rejected: 1, error: null });
      const errors = await desk.call('sync.errors', {}, w);
      expect(errors).toEqual([
        expect.objectContaining({ entity: 'desk', op: 'desk.initialized', reason: expect.stringContaining('事件内容过大') as unknown }),
      ]);
      expect(centre.accepted.some((e) => e.seq === errors[0]!.seq)).toBe(false);
      expect(centre.accepted.length).toBeGreaterThanOrEqual(3);
    } finally {
      await centre.close();
    }
  });
});
