/**
 * The raw ceiling of bench/sync: the same rows the drain stored (ledger rows and case rows) COPYed
 * into the same tables of the same database, one COPY per table, with nothing else around them
 * (no checks, no HTTP, no transactions per batch). PGlite: `COPY … FROM '/dev/blob'`; a server:
 * psql's `\copy`.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** One case event as the desk stored it: the canonical JSON text of its payload. */
export interface BacklogRow {
  caseNo: string;
  payloadText: string;
}

export type CopyInto = (table: string, columns: string, csv: string) => Promise<void>;

const csvField = (value: string | number | null) => (value === null ? '' : `"${String(value).replaceAll('"', '""')}"`);
const csvLine = (values: readonly (string | number | null)[]) => values.map(csvField).join(',');

/**
 * COPYs the rows as another desk of the hall (window `deskNo`, case numbers renumbered to it) and
 * returns the seconds the two COPYs took. The desk row is made first, outside the timing.
 */
export async function copyCeiling(
  rows: readonly BacklogRow[],
  hallCode: string,
  deskNo: string,
  run: (statement: string) => Promise<void>,
  copy: CopyInto,
): Promise<number> {
  const deskId = randomUUID();
  await run(`INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ('${deskId}', '${hallCode}', '${deskNo}', 'x')`);
  const batchId = randomUUID();
  const createdAt = new Date().toISOString();
  const renumbered = rows.map((row, i) => {
    const caseNo = row.caseNo.replace(/-\d+-(\d{4})-/, `-${deskNo}-$1-`);
    return { seq: i + 1, eventId: randomUUID(), caseNo, payloadText: row.payloadText.replaceAll(row.caseNo, caseNo) };
  });
  const ledgerCsv = renumbered
    .map((r) => csvLine([hallCode, deskId, r.seq, r.eventId, batchId, 'case', r.caseNo, 'case.registered', r.payloadText, createdAt]))
    .join('\n');
  const casesCsv = renumbered
    .map((r) =>
      csvLine([hallCode, r.caseNo, deskNo, createHash('sha256').update(r.payloadText).digest('hex'), 'accepted', deskId, r.seq, r.eventId]),
    )
    .join('\n');
  const started = performance.now();
  await copy('received_events', 'hall_code, desk_id, seq, event_id, batch_id, entity, entity_id, op, payload, created_at', ledgerCsv);
  await copy('cases', 'hall_code, case_no, desk_no, content_hash, state, last_desk_id, last_seq, last_event_id', casesCsv);
  return (performance.now() - started) / 1000;
}

/** COPY into a PGlite database (the centre's data folder, once the centre has stopped). */
export async function pgliteCeiling(dataDir: string, rows: readonly BacklogRow[], hallCode: string, deskNo: string): Promise<number> {
  const db = await PGlite.create(dataDir);
  try {
    return await copyCeiling(
      rows,
      hallCode,
      deskNo,
      async (statement) => void (await db.exec(statement)),
      async (table, columns, csv) =>
        void (await db.query(`COPY ${table} (${columns}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) })),
    );
  } finally {
    await db.close();
  }
}

/** COPY into a PostgreSQL server's schema with psql (the client the server's own tools use). */
export async function postgresCeiling(
  url: string,
  schema: string,
  rows: readonly BacklogRow[],
  hallCode: string,
  deskNo: string,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'halldesk-bench-copy-'));
  const psql = (...commands: string[]) => {
    execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `SET search_path TO ${schema}`, ...commands.flatMap((c) => ['-c', c])]);
  };
  return copyCeiling(
    rows,
    hallCode,
    deskNo,
    async (statement) => psql(statement),
    async (table, columns, csv) => {
      const file = join(dir, `${table}.csv`);
      writeFileSync(file, csv);
      psql(`\\copy ${table} (${columns}) FROM '${file}' WITH (FORMAT csv)`);
    },
  );
}
