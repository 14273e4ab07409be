import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { hallDate } from '../../src/shared/calendar/hall-date';
import { centreAdminToken, startCentreProcess, type CentreProcess } from '../helpers/centre-process';
import { deskState, freePort, prepareDesk, runDesk } from '../helpers/chaos-desk';
import { planOf } from '../helpers/chaos-lifecycle';
import { StatusPublisher } from '../helpers/chaos-publisher';
import { chaosStores, type ChaosStore } from '../helpers/chaos-stores';
import { FaultProxy } from '../helpers/fault-proxy';

const desks = 3;
const casesPerDesk = 12;
const deskNos = Array.from({ length: desks }, (_, k) => `0${k + 1}`);

/**
 * The moment the centre is killed: on PostgreSQL, while pg_stat_activity shows the centre's
 * connection inside a batch transaction; on PGlite (inside the centre process, where nothing
 * outside can watch its transactions) the closest observable point: a batch handed whole to the
 * centre by a proxy, its answer not come yet: the centre is reading, checking or applying it.
 */
function batchInFlight(store: ChaosStore, proxies: FaultProxy[], giveUp: AbortSignal): Promise<string | null> {
  if (store.batchTransactionOpen) return store.batchTransactionOpen(() => giveUp.aborted);
  return new Promise<string | null>((resolve) => {
    giveUp.addEventListener('abort', () => resolve(null), { once: true });
    for (const proxy of proxies) proxy.onBatchAtCentre = () => resolve('a batch at the centre, not answered yet');
  }).finally(() => proxies.forEach((proxy) => (proxy.onBatchAtCentre = null)));
}

describe.each(chaosStores())('sync chaos on $name', (store) => {
  it('every event of every desk (lifecycle included) reaches the centre exactly once, every case identical, every department word applied once, through faults both ways and centre kills mid-transaction', async () => {
    const centreDir = mkdtempSync(join(tmpdir(), 'halldesk-chaos-centre-'));
    const port = await freePort();
    if (store.databaseUrl !== '') await (await store.open(centreDir)).close();
    let centre: CentreProcess = await startCentreProcess(centreDir, port, store.databaseUrl);
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });

    const proxies = deskNos.map((_, index) => new FaultProxy(centre.url, 1001 + index));
    const dataDirs = await Promise.all(
      deskNos.map(async (deskNo, index) => {
        const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo, validDays: 7 });
        return prepareDesk(deskNo, centre.url, enrolmentCode, await proxies[index]!.listen());
      }),
    );
    const year = hallDate(new Date()).slice(0, 4);
    const centreCases = deskNos.flatMap((deskNo) =>
      Array.from({ length: casesPerDesk }, (_, n) => `JC-${deskNo}-${year}-${String(n + 1).padStart(6, '0')}`).filter(
        (caseNo) => planOf(caseNo) === 'centre',
      ),
    );
    const publisher = new StatusPublisher(admin, centreCases);

    // Desk 1 is killed on its 2nd batch and desk 2 on its 4th, both mid-request; each restarts.
    // From desk 3's 3rd batch on, the centre is killed twice inside a batch transaction.
    const release = join(centreDir, 'words-published');
    const firstRuns = dataDirs.map((dir) => runDesk(dir, casesPerDesk, release));
    const killed = [false, false, false];
    const restarts = firstRuns.map((run, index) =>
      run.done.then(() => (killed[index] ? runDesk(dataDirs[index]!, casesPerDesk, release) : null)),
    );
    const batches = [0, 0, 0];
    const desksDone = new AbortController();
    const centreKills: string[] = [];
    let killing: Promise<void> = Promise.resolve();
    /** Resolves when the centre is up (not between a kill and its restart). */
    let centreUp: Promise<void> = Promise.resolve();
    const killCentreMidBatch = async () => {
      for (let round = 0; round < 2 && !desksDone.signal.aborted; round += 1) {
        const seen = await batchInFlight(store, proxies, desksDone.signal);
        if (seen === null) return;
        centreUp = centre.kill().then(async () => {
          centre = await startCentreProcess(centreDir, port, store.databaseUrl);
        });
        centreKills.push(seen);
        await centreUp;
      }
    };
    proxies.forEach((proxy, index) => {
      proxy.onBatch = () => {
        batches[index]! += 1;
        publisher.nudge();
        if (index < 2 && !killed[index] && batches[index] === (index === 0 ? 2 : 4)) {
          killed[index] = true;
          firstRuns[index]!.kill();
        }
        if (index === 2 && batches[index] === 3) killing = killCentreMidBatch();
      };
    });
    await Promise.all(firstRuns.map((run, index) => Promise.race([run.idle, restarts[index]!.then((again) => again?.idle)])));
    // The words not out yet; then the desks pull them and send what they changed (a kill still
    // owed comes on those batches).
    await publisher.flush(() => centreUp);
    writeFileSync(release, '');
    const ends = await Promise.all(restarts.map(async (again, index) => ((await again) ?? firstRuns[index]!).done));
    desksDone.abort();
    await killing;
    expect(killed).toEqual([true, true, false]);
    expect(centreKills).toHaveLength(2);
    expect(ends.every((end) => end.includes(`DONE ${casesPerDesk} pending=0`))).toBe(true);

    await centre.stop();
    await Promise.all(proxies.map((p) => p.close()));
    const sql = await store.open(centreDir);
    const contentHashes = new Map(
      (await sql.query<{ case_no: string; content_hash: string }>('SELECT case_no, content_hash FROM cases')).map((r) => [
        r.case_no,
        r.content_hash,
      ]),
    );
    const ledger = await sql.query<{ desk_no: string; seq: number; event_id: string }>(
      'SELECT d.desk_no, e.seq, e.event_id::text AS event_id FROM received_events e JOIN desks d ON d.id = e.desk_id ORDER BY d.desk_no, e.seq',
    );
    const words = await sql.query<{ cursor: number; case_no: string }>(
      "SELECT cursor, (body::jsonb)->>'caseNo' AS case_no FROM publications WHERE kind = 'case-status' AND hall_code = 'JC' ORDER BY cursor",
    );
    await sql.close();
    await store.cleanUp();

    let compared = 0;
    let events = 0;
    for (const [index, dir] of dataDirs.entries()) {
      const deskNo = deskNos[index]!;
      const desk = deskState(dir, deskNo);
      // Every outbox event of the desk, exactly once, under its own seq: a lost or doubled event fails here.
      const received = ledger.filter((e) => e.desk_no === deskNo);
      expect(received.map((e) => [e.seq, e.event_id])).toEqual(desk.events.map((e) => [e.seq, e.event_id]));
      expect(new Set(received.map((e) => e.event_id)).size).toBe(received.length);
      expect(desk.unsent).toBe(0);
      expect(desk.cases).toHaveLength(casesPerDesk);
      for (const caseNo of desk.cases) {
        expect(contentHashes.get(caseNo)).toBe(desk.hashes.get(caseNo));
        compared += 1;
      }
      events += desk.events.length;
      // Each department word about its cases stored once and applied once (one history line each).
      const mine = words.filter((w) => w.case_no.startsWith(`JC-${deskNo}-`));
      expect(desk.statusCursors).toEqual(mine.map((w) => w.cursor));
      const perCase = new Map<string, number>();
      for (const w of mine) perCase.set(w.case_no, (perCase.get(w.case_no) ?? 0) + 1);
      expect(desk.centreLines).toEqual(perCase);
    }
    for (const dir of [centreDir, ...dataDirs]) rmSync(dir, { recursive: true, force: true });
    expect(contentHashes.size).toBe(compared);
    expect(publisher.published.length).toBeGreaterThanOrEqual(centreCases.length * 3);
    const faults: Record<string, number> = {};
    const pullFaults: Record<string, number> = {};
    for (const proxy of proxies) {
      for (const [fault, n] of Object.entries(proxy.counts)) faults[fault] = (faults[fault] ?? 0) + n;
      for (const [fault, n] of Object.entries(proxy.pullCounts)) pullFaults[fault] = (pullFaults[fault] ?? 0) + n;
    }
    for (const fault of ['truncate', 'lose-answer', 'drop', 'duplicate']) expect(pullFaults[fault]).toBeGreaterThanOrEqual(desks);
    console.log(
      `sync chaos (${store.name}): ${desks} desks, ${events} events and ${compared} cases (with their lifecycles) compared with the centre, ` +
        `${words.length} department words each applied once; 2 desks killed mid-batch; centre killed ${centreKills.length}× (${centreKills.join(' | ')}); ` +
        `every outbox empty; proxy: ${JSON.stringify(faults)}; of which pull side: ${JSON.stringify(pullFaults)}`,
    );
  }, 300_000);
});
