import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/central/db/migrate';
import type { Sql, SqlQueries } from '../../../src/central/db/sql';
import { applyBatch } from '../../../src/central/sync/apply-batch';
import { batchEnvelopeSchema } from '../../../src/central/sync/batch-request';
import { batchOf, caseDetail, caseEvent } from './suite/desk-fixtures';
import { availableTestStores, freshSchemaName } from './suite/test-stores';

const store = availableTestStores()[0]!;
let sql: Sql;
let schema: string;
const desk = { id: randomUUID(), hallCode: 'JC', deskNo: '03', caseNumberFormats: [], openRejections: 0 };

beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());
beforeEach(async () => {
  schema = freshSchemaName();
  sql = await store.openSchema(schema);
  await migrate(sql);
  await sql.query(`INSERT INTO halls (code, name) VALUES ('JC', '江川市政务服务中心')`);
  await sql.query('INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, $2, $3, $4)', [desk.id, 'JC', '03', 'x']);
}, 60_000);
afterEach(async () => {
  await sql.close();
  await store.dropSchema(schema);
});

/** The store, with the first COPY into the ledger failing as it does when another transaction stored the same row first. */
function collidingOnce(inner: Sql): { sql: Sql; attempts: () => number } {
  let attempts = 0;
  const collide = (tx: SqlQueries): SqlQueries => ({
    query: (text, params) => tx.query(text, params),
    copyRows: async (table, columns, rows) => {
      if (table === 'received_events' && attempts === 1) throw Object.assign(new Error('duplicate key value'), { code: '23505' });
      return tx.copyRows(table, columns, rows);
    },
  });
  return {
    sql: {
      ...inner,
      transaction: (work) => {
        attempts += 1;
        return inner.transaction((tx) => work(collide(tx)));
      },
    },
    attempts: () => attempts,
  };
}

describe('a batch whose COPY meets a row another transaction stored', () => {
  it('is applied again from the top, in a new transaction, and stored once', async () => {
    const events = [1, 2].map((n) => caseEvent(caseDetail(`JC-03-2026-00000${n}`, 'JC', '03')));
    const colliding = collidingOnce(sql);
    const result = await applyBatch(colliding.sql, desk, batchEnvelopeSchema.parse(batchOf(events)));
    expect(colliding.attempts()).toBe(2);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await sql.query('SELECT count(*)::int AS n FROM received_events')).toEqual([{ n: 2 }]);
    expect(await sql.query('SELECT count(*)::int AS n FROM cases')).toEqual([{ n: 2 }]);
  });
});
