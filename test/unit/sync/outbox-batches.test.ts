import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { recordChange } from '../../../src/main/services/record-change';
import { acknowledgeBatch, prepareBatch, splitBatch, type PreparedBatch } from '../../../src/main/sync/outbox-batches';
import { batchLimits, batchEnvelopeSchema, type BatchReply } from '../../../src/shared/sync/protocol';
import { storeAtVersion, updateToVersion } from '../../helpers/migration-harness';
import { watchStatements } from '../../helpers/watch-statements';

const at = '2026-03-02T01:30:00.000Z';

function freshStore(): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  return db;
}

function record(db: Database.Database, payloads: readonly object[]): void {
  db.transaction(() => {
    payloads.forEach((payload, i) =>
      recordChange(db, { actor: null, at, op: 'user.updated', entity: 'user', entityId: String(i), payload }),
    );
  })();
}

function allApplied(batch: PreparedBatch): BatchReply {
  return { batchId: batch.batchId, results: batch.events.map((e) => ({ eventId: e.eventId, status: 'applied' })) };
}

function pending(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
}

/**
 * A statement over the outbox is bounded when SQLite reaches its rows by an index equality
 * (SEARCH), or walks a partial index that holds only the rows asked for: the open batches' rows
 * (outbox_batch_rows, at most a few batches), or the unbatched queue under a LIMIT
 * (outbox_unbatched). Any other scan visits every pending row, payloads and all.
 */
function unboundedOutboxScans(db: Database.Database, runs: readonly { sql: string; params: unknown[] }[]): string[] {
  const unbounded = new Set<string>();
  for (const run of runs) {
    if (!/\boutbox\b/.test(run.sql) || /^\s*(INSERT|DELETE)/i.test(run.sql)) continue;
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${run.sql}`).all(...run.params) as { detail: string }[];
    for (const { detail } of plan) {
      if (!/^SCAN outbox\b/.test(detail)) continue;
      const bounded = /INDEX outbox_batch_rows\b/.test(detail) || (/INDEX outbox_unbatched\b/.test(detail) && /\bLIMIT\b/i.test(run.sql));
      if (!bounded) unbounded.add(`${run.sql} → ${detail}`);
    }
  }
  return [...unbounded];
}

function drain(db: Database.Database, limits = { events: 20, bytes: 1024 * 1024 }): number {
  let batches = 0;
  for (let batch = prepareBatch(db, at, limits); batch; batch = prepareBatch(db, at, limits)) {
    acknowledgeBatch(db, batch, allApplied(batch), at);
    batches += 1;
  }
  return batches;
}

describe('outbox batches', () => {
  it('counts the batch size in UTF-8 bytes: Chinese text takes three bytes a character', () => {
    const db = freshStore();
    record(
      db,
      Array.from({ length: 10 }, () => ({ name: '办'.repeat(1000) })),
    );
    const limits = { events: 100, bytes: 12_000 };
    const batch = prepareBatch(db, at, limits)!;
    expect(Buffer.byteLength(batch.body, 'utf8')).toBeLessThanOrEqual(limits.bytes);
    // 1,000 characters are 3,000 bytes: three such events fit in 12,000 bytes, not the nine their length suggests.
    expect(batch.events).toHaveLength(3);
    const parsed = batchEnvelopeSchema.parse(JSON.parse(batch.body.toString('utf8')));
    expect(parsed.events[0]).toMatchObject({ payload: { name: '办'.repeat(1000) } });
  });

  it('sends each payload as the stored text, byte for byte', () => {
    const db = freshStore();
    record(db, [{ b: 1, a: '甲' }]);
    const stored = (db.prepare('SELECT payload FROM outbox').get() as { payload: string }).payload;
    const batch = prepareBatch(db, at)!;
    expect((JSON.parse(batch.body.toString('utf8')) as { events: { payloadJson: string }[] }).events[0]!.payloadJson).toBe(stored);
  });

  it('sends the same bytes as JSON.stringify of each event, whatever characters its payload holds', () => {
    const db = freshStore();
    record(db, [{ quote: 'a"b\\c', lines: '甲\n乙\t\u0001\u2028', emoji: '😀', closing: '</script>' }, { n: 2 }]);
    const batch = prepareBatch(db, at)!;
    const rows = db.prepare('SELECT seq, event_id, entity, entity_id, op, payload, created_at FROM outbox ORDER BY seq').all() as {
      seq: number;
      event_id: string;
      entity: string;
      entity_id: string;
      op: string;
      payload: string;
      created_at: string;
    }[];
    const events = rows.map((r) =>
      JSON.stringify({
        eventId: r.event_id,
        seq: r.seq,
        entity: r.entity,
        entityId: r.entity_id,
        op: r.op,
        payloadJson: r.payload,
        createdAt: r.created_at,
      }),
    );
    expect(batch.body.equals(Buffer.from(`{"batchId":${JSON.stringify(batch.batchId)},"events":[${events.join(',')}]}`, 'utf8'))).toBe(
      true,
    );
  });

  it('sets an event too large for the centre aside for the supervisor, and sends the events behind it', () => {
    const db = freshStore();
    record(db, [{ n: 1 }, { note: 'x'.repeat(batchLimits.maxBytes) }, { n: 3 }]);
    const sentSeqs: number[] = [];
    for (let batch = prepareBatch(db, at); batch; batch = prepareBatch(db, at)) {
      expect(Buffer.byteLength(batch.body, 'utf8')).toBeLessThanOrEqual(batchLimits.maxBytes);
      sentSeqs.push(...batch.events.map((e) => e.seq));
      acknowledgeBatch(db, batch, allApplied(batch), at);
    }
    expect(sentSeqs).toEqual([1, 3]);
    expect(pending(db)).toBe(0);
    const errors = db.prepare('SELECT seq, reason FROM sync_errors').all() as { seq: number; reason: string }[];
    expect(errors).toEqual([{ seq: 2, reason: expect.stringContaining('事件内容过大') as unknown }]);
  });

  it('splits a batch the centre found too large into halves under new ids, in order, down to one event', () => {
    const db = freshStore();
    record(
      db,
      Array.from({ length: 5 }, (_, i) => ({ i })),
    );
    const first = prepareBatch(db, at)!;
    splitBatch(db, first, at);
    const left = prepareBatch(db, at)!;
    expect(left.batchId).not.toBe(first.batchId);
    expect(left.events.map((e) => e.eventId)).toEqual(first.events.slice(0, 3).map((e) => e.eventId));
    splitBatch(db, left, at);
    const smaller = prepareBatch(db, at)!;
    expect(smaller.events.map((e) => e.seq)).toEqual([1, 2]);
    splitBatch(db, smaller, at);
    const single = prepareBatch(db, at)!;
    expect(single.events.map((e) => e.seq)).toEqual([1]);
    splitBatch(db, single, at);
    // Refused alone as too large: on the supervisor's list, and the queue moves on in order.
    expect(db.prepare('SELECT seq FROM sync_errors').all()).toEqual([{ seq: 1 }]);
    const sent: number[] = [];
    for (let batch = prepareBatch(db, at); batch; batch = prepareBatch(db, at)) {
      sent.push(...batch.events.map((e) => e.seq));
      acknowledgeBatch(db, batch, allApplied(batch), at);
    }
    expect(sent).toEqual([2, 3, 4, 5]);
  });

  it('finds the open batch without walking the pending rows or their payloads', () => {
    const db = freshStore();
    record(
      db,
      Array.from({ length: 3000 }, (_, i) => ({ i, text: '受理'.repeat(100) })),
    );
    const open = prepareBatch(db, at, { events: 10, bytes: 1024 * 1024 })!;
    const runs = watchStatements(db, () => {
      expect(prepareBatch(db, at)!.batchId).toBe(open.batchId);
    });
    expect(unboundedOutboxScans(db, runs)).toEqual([]);
    // The batch's own ten rows, and the one row naming it: nothing of the other 2,990.
    expect(runs.reduce((sum, run) => sum + run.rows, 0)).toBe(11);
  });

  it('drains with work linear in the backlog: bounded statements, the same count per event', () => {
    const work = (backlog: number) => {
      const db = freshStore();
      record(
        db,
        Array.from({ length: backlog }, (_, i) => ({ i })),
      );
      let batches = 0;
      const runs = watchStatements(db, () => {
        batches = drain(db);
      });
      expect(pending(db)).toBe(0);
      expect(batches).toBe(backlog / 20);
      expect(unboundedOutboxScans(db, runs)).toEqual([]);
      return { statements: runs.length, rows: runs.reduce((sum, run) => sum + run.rows, 0) };
    };
    // Linear: a fixed cost per drain plus the same cost per event, so doubling the added backlog doubles the added work.
    const [w400, w800, w1600] = [work(400), work(800), work(1600)];
    expect(w1600.statements - w800.statements).toBe(2 * (w800.statements - w400.statements));
    expect(w1600.rows - w800.rows).toBe(2 * (w800.rows - w400.rows));
  });

  it('carries a batch formed before the upgrade over, and resends it first, unchanged', () => {
    const position = migrations.findIndex((m) => m.name === 'sync-v2');
    const db = storeAtVersion(position);
    const insert = db.prepare(
      "INSERT INTO outbox (seq, event_id, entity, entity_id, op, payload, created_at, batch_id) VALUES (?, ?, 'user', '1', 'user.updated', '{}', ?, ?)",
    );
    insert.run(1, 'e1', at, null);
    insert.run(2, 'e2', at, 'old-batch');
    insert.run(3, 'e3', at, 'old-batch');
    updateToVersion(db, migrations.length);
    const batch = prepareBatch(db, at)!;
    expect(batch.batchId).toBe('old-batch');
    expect(batch.events.map((e) => e.eventId)).toEqual(['e2', 'e3']);
    acknowledgeBatch(db, batch, allApplied(batch), at);
    expect(prepareBatch(db, at)!.events.map((e) => e.eventId)).toEqual(['e1']);
  });
});
