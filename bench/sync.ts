/**
 * bench/sync: drains a backlog of 100,000 case events from a desk to the centre on loopback
 * (the real desk engine, HTTP, the real centre process) and reports events per second, against
 * PGlite and, when CENTRAL_TEST_DATABASE_URL names a server, PostgreSQL. In the same run it
 * inserts the same rows straight into the same kind of database with the centre's own
 * statements, so the ratio shows what the protocol costs. BENCH_EVENTS overrides the count.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpAdminActions } from '../src/central/cli/http-admin-client';
import { migrate } from '../src/central/db/migrate';
import { openSql } from '../src/central/db/open-sql';
import { contentHash } from '../src/central/sync/content-hash';
import { upsertCases } from '../src/central/sync/case-queries';
import { insertLedgerRows } from '../src/central/sync/ledger-queries';
import { canonicalJson } from '../src/shared/sync/canonical-json';
import { centreAdminToken, startCentreProcess } from '../test/helpers/centre-process';
import { openBenchDesk } from './lib/bench-desk';

const events = Number(process.env.BENCH_EVENTS ?? 100_000);
const socialCard = '32050000SB-GG-0001';

async function deskWithBacklog() {
  const desk = await openBenchDesk();
  const plan = (await desk.call('intake.plan', { itemCodes: [socialCard] })) as {
    materials: { key: string; necessity: string; originals: number; copies: number }[];
  };
  const materials = plan.materials.map((m) => ({
    key: m.key,
    applicable: m.necessity !== 'conditional',
    originals: m.originals,
    copies: m.copies,
  }));
  const detail = (await desk.call('cases.register', {
    requestId: randomUUID(),
    itemCodes: [socialCard],
    applicant: { kind: 'person', idKind: 'resident', idNumber: '11010519491231002X', name: '张三', phone: '13812345678' },
    materials,
    decision: { kind: 'accept' },
  })) as { caseNo: string };
  desk.backend.close();
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  const template = JSON.parse(
    (db.prepare("SELECT payload FROM outbox WHERE entity = 'case'").get() as { payload: string }).payload,
  ) as Record<string, unknown>;
  db.prepare('DELETE FROM outbox').run();
  const insert = db.prepare(
    "INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at) VALUES (?, 'case', ?, 'case.registered', ?, ?)",
  );
  const rows: { eventId: string; caseNo: string; payload: Record<string, unknown> }[] = [];
  db.transaction(() => {
    for (let i = 1; i <= events; i += 1) {
      const caseNo = detail.caseNo.replace(/\d+$/, String(i).padStart(6, '0'));
      const payload = { ...template, caseNo };
      const eventId = randomUUID();
      insert.run(eventId, caseNo, JSON.stringify(payload), new Date().toISOString());
      rows.push({ eventId, caseNo, payload });
    }
  })();
  db.close();
  return { dataDir: desk.dataDir, rows };
}

async function drain(store: 'PGlite' | 'PostgreSQL', databaseUrl?: string) {
  const { dataDir, rows } = await deskWithBacklog();
  const centreDir = mkdtempSync(join(tmpdir(), 'halldesk-bench-centre-'));
  const centre = await startCentreProcess(centreDir, 0, databaseUrl);
  const admin = httpAdminActions(centre.url, centreAdminToken);
  await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 1 });
  const desk = await openBenchDesk(dataDir, { startSync: false, alreadySetUp: true });
  // Enrolling syncs at once, so the clock starts before it (the exchange itself is one round trip).
  const started = performance.now();
  await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode });
  for (let i = 0; i < 100; i += 1) {
    const status = (await desk.call('sync.now', {})) as { pending: number; error: string | null };
    if (status.pending === 0) break;
    if (status.error) console.error(status.error);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`sync (${store}): drained ${events} events over HTTP in ${seconds.toFixed(1)} s = ${Math.round(events / seconds)} events/s`);
  desk.backend.close();
  await centre.stop();

  const sql = await openSql({ databaseUrl, dataDir: mkdtempSync(join(tmpdir(), 'halldesk-bench-raw-')) });
  await migrate(sql);
  await sql.query("INSERT INTO halls (code, name) VALUES ('JC', '江川市政务服务中心') ON CONFLICT DO NOTHING");
  const deskRow = (
    await sql.query<{ id: string }>(
      `INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, 'JC', '99', 'x')
       ON CONFLICT (hall_code, desk_no) DO UPDATE SET credential_hash = EXCLUDED.credential_hash RETURNING id`,
      [randomUUID()],
    )
  )[0]!;
  const raw = { id: deskRow.id, hallCode: 'JC', deskNo: '99', caseNumberFormats: [], openRejections: 0 };
  const rawStart = performance.now();
  for (let from = 0; from < rows.length; from += 200) {
    const slice = rows.slice(from, from + 200).map((r, i) => ({ ...r, caseNo: r.caseNo.replace('JC-03', 'JC-99'), seq: from + i }));
    await sql.transaction(async (tx) => {
      await insertLedgerRows(
        tx,
        raw,
        randomUUID(),
        slice.map((r) => ({
          eventId: randomUUID(),
          seq: r.seq,
          entity: 'case',
          entityId: r.caseNo,
          op: 'case.registered',
          payloadText: canonicalJson(r.payload),
          createdAt: new Date().toISOString(),
        })),
      );
      await upsertCases(
        tx,
        raw,
        slice.map((r) => ({
          eventId: randomUUID(),
          seq: r.seq,
          caseNo: r.caseNo,
          contentHash: contentHash(r.payload),
          state: 'accepted',
          promisedDate: null,
          queryCode: null,
        })),
      );
    });
  }
  const rawSeconds = (performance.now() - rawStart) / 1000;
  await sql.close();
  console.log(
    `sync (${store}): raw insert of the same rows, same statements, no HTTP: ${Math.round(events / rawSeconds)} events/s; protocol overhead x${(rawSeconds === 0 ? 0 : seconds / rawSeconds).toFixed(2)}`,
  );
}

await drain('PGlite');
const url = process.env.CENTRAL_TEST_DATABASE_URL;
if (url) await drain('PostgreSQL', url);
else console.log('sync (PostgreSQL): skipped, CENTRAL_TEST_DATABASE_URL is not set');
