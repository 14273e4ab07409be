import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { recordChange } from '../../../src/main/services/record-change';
import { maxBatchesInFlight, pushOutbox } from '../../../src/main/sync/push-outbox';
import type { BatchReply } from '../../../src/shared/sync/protocol';

const at = '2026-03-02T01:30:00.000Z';

interface Call {
  batchId: string;
  keys: string[];
  answer(): void;
  fail(): void;
}

/** A centre whose answers the test gives, one batch at a time; it notes what was on the way at each send. */
function heldCentre() {
  const calls: Call[] = [];
  const open = new Set<Call>();
  const overlaps: string[] = [];
  let mostAtOnce = 0;
  const client = {
    sendBatch(_auth: string, body: Uint8Array): Promise<BatchReply> {
      const batch = JSON.parse(Buffer.from(body).toString('utf8')) as {
        batchId: string;
        events: { eventId: string; entity: string; entityId: string }[];
      };
      const keys = batch.events.map((e) => `${e.entity}:${e.entityId.split('/')[0]}`);
      for (const other of open) overlaps.push(...keys.filter((k) => other.keys.includes(k)));
      return new Promise<BatchReply>((resolve, reject) => {
        const call: Call = {
          batchId: batch.batchId,
          keys,
          answer: () => {
            open.delete(call);
            resolve({ batchId: batch.batchId, results: batch.events.map((e) => ({ eventId: e.eventId, status: 'applied' })) });
          },
          fail: () => {
            open.delete(call);
            reject(new Error('link down'));
          },
        };
        calls.push(call);
        open.add(call);
        mostAtOnce = Math.max(mostAtOnce, open.size);
      });
    },
  };
  return { client, calls, overlaps, mostAtOnce: () => mostAtOnce };
}

function storeWith(changes: readonly { entity: 'user' | 'rating'; entityId: string }[]): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  db.transaction(() => {
    for (const { entity, entityId } of changes) {
      if (entity === 'user') recordChange(db, { actor: null, at, op: 'user.updated', entity, entityId, payload: { entityId } });
      else recordChange(db, { actor: null, at, op: 'rating.invited', entity, entityId, payload: { entityId } });
    }
  })();
  return db;
}

const unsent = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
const oneEventBatches = { events: 1, bytes: 1024 * 1024 };

/** The desk's push of `db`'s outbox to the held centre, one event a batch. */
const pushOneEventBatches = (db: Database.Database, centre: ReturnType<typeof heldCentre>) =>
  pushOutbox({ db, clock: { now: () => new Date(at) }, client: centre.client, auth: 'x', limits: oneEventBatches, onSent: () => {} });

describe('two batches in flight', () => {
  it('sends a second batch while the first is on the way, never with an event of the same case or record', async () => {
    const db = storeWith([
      { entity: 'rating', entityId: 'JC-03-2026-000001/acceptance' },
      { entity: 'rating', entityId: 'JC-03-2026-000001/delivery' },
      { entity: 'user', entityId: '2' },
      { entity: 'user', entityId: '3' },
      { entity: 'user', entityId: '2' },
    ]);
    const centre = heldCentre();
    const pushing = pushOneEventBatches(db, centre);
    // The case's delivery rating waits for its acceptance rating's batch; then it travels beside user 2.
    await vi.waitFor(() => expect(centre.calls.length).toBeGreaterThan(0));
    centre.calls[0]!.answer();
    await vi.waitFor(() => expect(centre.calls).toHaveLength(3));
    expect(centre.calls.map((c) => c.keys)).toEqual([['rating:JC-03-2026-000001'], ['rating:JC-03-2026-000001'], ['user:2']]);
    for (let answered = 1; answered < 5; answered += 1) {
      await vi.waitFor(() => expect(centre.calls.length).toBeGreaterThan(answered));
      centre.calls[answered]!.answer();
    }
    await pushing;
    expect(unsent(db)).toBe(0);
    expect(centre.calls).toHaveLength(5);
    expect(centre.mostAtOnce()).toBe(maxBatchesInFlight);
    expect(centre.overlaps).toEqual([]);
  });

  it('stops forming batches after a failure, keeps the answer of the batch still on the way, and reports the failure', async () => {
    const db = storeWith([
      { entity: 'user', entityId: '1' },
      { entity: 'user', entityId: '2' },
      { entity: 'user', entityId: '3' },
    ]);
    const centre = heldCentre();
    const pushing = pushOneEventBatches(db, centre);
    await vi.waitFor(() => expect(centre.calls).toHaveLength(2));
    centre.calls[0]!.fail();
    centre.calls[1]!.answer();
    await expect(pushing).rejects.toThrow('link down');
    expect(centre.calls).toHaveLength(2);
    expect(unsent(db)).toBe(2);
    // The failed batch is still open: it is the first sent next time, unchanged.
    expect(db.prepare('SELECT batch_id FROM outbox_batches').all()).toEqual([{ batch_id: centre.calls[0]!.batchId }]);
  });
});
