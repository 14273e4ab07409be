import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { acknowledgeBatch, prepareBatch, type PreparedBatch } from '../../../src/main/sync/outbox-batches';
import { canonicalJson } from '../../../src/shared/sync/canonical-json';
import { seqTakenReason, type BatchReply } from '../../../src/shared/sync/protocol';
import { watchStatements } from '../../helpers/watch-statements';

const at = '2026-03-02T01:30:00.000Z';
const hash = (n: number) => n.toString(16).padStart(64, '0');
const caseNo = (n: number) => `JC-03-2026-${String(n).padStart(6, '0')}`;

/** A case event naming one page of its material line (page `n`). */
function caseNamingPage(n: number): string {
  return canonicalJson({
    caseNo: caseNo(n),
    materials: [{ key: 'id', pages: [{ sha256: hash(n), mime: 'image/jpeg', size: 1000 * n }] }],
  });
}

function storeWithCases(count: number): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  const insert = db.prepare(
    "INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at) VALUES (?, 'case', ?, 'case.registered', ?, ?)",
  );
  for (let n = 1; n <= count; n += 1) insert.run(`e${n}`, caseNo(n), caseNamingPage(n), at);
  return db;
}

function queued(db: Database.Database): { seq: number; batch_id: string | null }[] {
  return db.prepare('SELECT seq, batch_id FROM outbox WHERE sent_at IS NULL ORDER BY seq').all() as {
    seq: number;
    batch_id: string | null;
  }[];
}

describe('acknowledging a batch', () => {
  it('marks applied, duplicate and rejected events, keeps a seq-taken one queued, and queues only the applied cases’ pages', () => {
    const db = storeWithCases(5);
    const batch = prepareBatch(db, at)!;
    expect(batch.events.map((e) => e.eventId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    const reply: BatchReply = {
      batchId: batch.batchId,
      results: [
        { eventId: 'e1', status: 'applied' },
        { eventId: 'e2', status: 'rejected', reason: '材料清单不符' },
        { eventId: 'e3', status: 'rejected', reason: seqTakenReason },
        { eventId: 'e4', status: 'duplicate' },
        { eventId: 'not-in-this-batch', status: 'applied' },
      ],
    };
    expect(acknowledgeBatch(db, batch, reply, at)).toEqual({ sent: 3, rejected: 1, taken: [3] });
    // The seq-taken event and the one the reply left out are back in the queue, in no batch.
    expect(queued(db)).toEqual([
      { seq: 3, batch_id: null },
      { seq: 5, batch_id: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM outbox_batches').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT event_id, reason FROM sync_errors').all()).toEqual([{ event_id: 'e2', reason: '材料清单不符' }]);
    expect(db.prepare('SELECT sha256, case_no, size FROM page_uploads ORDER BY sha256').all()).toEqual([
      { sha256: hash(1), case_no: 'JC-03-2026-000001', size: 1000 },
      { sha256: hash(4), case_no: 'JC-03-2026-000004', size: 4000 },
    ]);
  });

  it('runs the same few statements however many events the batch holds', () => {
    const statementsFor = (events: number) => {
      const db = storeWithCases(events);
      const batch = prepareBatch(db, at)!;
      expect(batch.events).toHaveLength(events);
      const runs = watchStatements(db, () => acknowledgeBatch(db, batch, { batchId: batch.batchId, results: applied(batch) }, at));
      const pageInserts = runs.filter((run) => run.sql.includes('INSERT INTO page_uploads'));
      expect(pageInserts).toHaveLength(events);
      return runs.filter((run) => !pageInserts.includes(run)).map((run) => run.sql);
    };
    // Each applied case names one page, queued with one insert each; nothing else runs once per event.
    const forFour = statementsFor(4);
    expect(forFour.length).toBeLessThanOrEqual(5);
    expect(statementsFor(40)).toEqual(forFour);
  });
});

function applied(batch: PreparedBatch): BatchReply['results'] {
  return batch.events.map((e) => ({ eventId: e.eventId, status: 'applied' }));
}
