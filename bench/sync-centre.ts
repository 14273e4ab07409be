/**
 * bench/sync-centre: the centre's apply path alone (no desk, no HTTP), against its raw ceiling.
 * For each backlog size it applies 200-event batches of case events with `applyBatch` (checks,
 * one transaction each), then COPYs the same rows (ledger rows and case rows) into the same
 * tables in one COPY per table, and prints both rates and their ratio. PGlite always; a
 * PostgreSQL server (psql's \copy) when CENTRAL_TEST_DATABASE_URL is set. BENCH_BACKLOGS overrides
 * the sizes (default 10000,50000).
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../src/central/db/migrate';
import { wrapPglite } from '../src/central/db/pglite-sql';
import { openPostgresSql } from '../src/central/db/postgres-sql';
import type { Sql } from '../src/central/db/sql';
import { applyBatch } from '../src/central/sync/apply-batch';
import { batchEnvelopeSchema } from '../src/central/sync/batch-request';
import { canonicalJson } from '../src/shared/sync/canonical-json';
import { caseDetail } from '../test/unit/central/suite/desk-fixtures';

const backlogs = (process.env.BENCH_BACKLOGS ?? '10000,50000').split(',').map(Number);
const batchSize = 200;

interface Store {
  name: string;
  open(schema: string): Promise<Sql>;
  copy(sql: Sql, schema: string, table: string, columns: string, csv: string): Promise<void>;
  close(): Promise<void>;
}

const csvField = (value: string | number | null) => (value === null ? '' : `"${String(value).replaceAll('"', '""')}"`);

function events(count: number, deskNo: string) {
  return Array.from({ length: count }, (_, i) => {
    const { queryCode: _none, ...detail } = caseDetail(`JC-${deskNo}-2026-${String(i + 1).padStart(6, '0')}`, 'JC', deskNo);
    return {
      eventId: randomUUID(),
      seq: i + 1,
      entity: 'case',
      entityId: detail.caseNo,
      op: 'case.registered',
      payloadJson: canonicalJson(detail),
      createdAt: new Date().toISOString(),
    };
  });
}

async function deskRow(sql: Sql, deskNo: string) {
  const id = randomUUID();
  await sql.query("INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, 'JC', $2, 'x')", [id, deskNo]);
  return { id, hallCode: 'JC', deskNo, caseNumberFormats: [], openRejections: 0 };
}

async function measure(store: Store, count: number) {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const sql = await store.open(schema);
  await migrate(sql);
  await sql.query("INSERT INTO halls (code, name) VALUES ('JC', '江川市政务服务中心')");
  await sql.query("INSERT INTO hall_feed_heads (hall_code, cursor) VALUES ('JC', 0)");

  const desk = await deskRow(sql, '03');
  const backlog = events(count, '03');
  const started = performance.now();
  for (let from = 0; from < backlog.length; from += batchSize) {
    await applyBatch(sql, desk, batchEnvelopeSchema.parse({ batchId: randomUUID(), events: backlog.slice(from, from + batchSize) }));
  }
  const drain = (performance.now() - started) / 1000;

  const raw = await deskRow(sql, '04');
  const rows = events(count, '04');
  const batchId = randomUUID();
  const ledgerCsv = rows
    .map((e) => ['JC', raw.id, e.seq, e.eventId, batchId, e.entity, e.entityId, e.op, e.payloadJson, e.createdAt].map(csvField).join(','))
    .join('\n');
  const casesCsv = rows
    .map((e) =>
      ['JC', e.entityId, '04', createHash('sha256').update(e.payloadJson).digest('hex'), 'accepted', raw.id, e.seq, e.eventId]
        .map(csvField)
        .join(','),
    )
    .join('\n');
  const copyStarted = performance.now();
  await store.copy(
    sql,
    schema,
    'received_events',
    'hall_code, desk_id, seq, event_id, batch_id, entity, entity_id, op, payload, created_at',
    ledgerCsv,
  );
  await store.copy(
    sql,
    schema,
    'cases',
    'hall_code, case_no, desk_no, content_hash, state, last_desk_id, last_seq, last_event_id',
    casesCsv,
  );
  const ceiling = (performance.now() - copyStarted) / 1000;
  const check = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  if (check[0]?.n !== 2 * count) throw new Error(`expected ${2 * count} cases, found ${check[0]?.n}`);
  await sql.close();
  await store.close();
  console.log(
    `sync-centre (${store.name}) ${count} events: drain ${drain.toFixed(1)} s = ${Math.round(count / drain)}/s; ` +
      `raw COPY ceiling ${Math.round(count / ceiling)}/s; ratio ${(ceiling / drain).toFixed(2)}x`,
  );
}

function pgliteStore(): Store {
  let db: PGlite | undefined;
  return {
    name: 'PGlite',
    open: async (schema) => {
      db = await PGlite.create('memory://');
      return wrapPglite(db, { schema, closeDatabase: false });
    },
    copy: async (_sql, _schema, table, columns, csv) => {
      await db!.query(`COPY ${table} (${columns}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    },
    close: async () => db?.close(),
  };
}

function postgresStore(url: string): Store {
  const dir = mkdtempSync(join(tmpdir(), 'halldesk-bench-copy-'));
  return {
    name: 'PostgreSQL',
    open: (schema) => openPostgresSql({ connectionString: url, schema }),
    copy: async (_sql, schema, table, columns, csv) => {
      const file = join(dir, `${table}.csv`);
      writeFileSync(file, csv);
      execFileSync('psql', [
        url,
        '-q',
        '-c',
        `SET search_path TO ${schema}`,
        '-c',
        `\\copy ${table} (${columns}) FROM '${file}' WITH (FORMAT csv)`,
      ]);
    },
    close: async () => undefined,
  };
}

const url = process.env.CENTRAL_TEST_DATABASE_URL;
for (const count of backlogs) {
  if (url) await measure(postgresStore(url), count);
  await measure(pgliteStore(), count);
}
