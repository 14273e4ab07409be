import type { Sql } from '../db/sql';
import { checkQueuedPayloads } from './payload-checker';

/**
 * How many queued batches a reader checks and projects itself before it reads anyway: while desks
 * flood a hall (a reconnect after days offline), a page still opens in a second or two, and shows
 * what the background check has reached.
 */
export const maxSettleBatches = 50;

/**
 * Before a reader of the projections (the department queue, a sub-task, a department's action, the
 * board) reads a hall (null: every hall), it checks and projects what that hall's desks sent and
 * the background check has not reached yet, waiting for a batch another checker holds: a sub-task
 * a desk has just synced is there to be worked, not a few seconds later.
 */
export async function settleProjections(sql: Sql, hallCode: string | null): Promise<void> {
  await checkQueuedPayloads(sql, hallCode, { waitForOthers: true, maxBatches: maxSettleBatches });
}
