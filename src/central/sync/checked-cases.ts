import { AppError } from '../../shared/errors';
import type { Sql } from '../db/sql';
import type { CheckColumns } from './case-queries';
import { checkQueuedPayloads } from './payload-checker';

/** Rounds of "check the halls' queued batches, read again" before a reader gives up on a row. */
const checkRounds = 3;

export const stillCheckingMessage = '中心正在检查刚收到的数据，请稍后重试';

/**
 * Reads cases for a reader that publishes them to others (a desk's snapshot, the public status
 * page): a row whose latest event still waits for the background payload check is checked now
 * (its hall's queue) and read again, so a case reaches others only once its payload passed the
 * full check; a quarantined one is left out. `unchecked`: what to do with a row still waiting
 * after a few rounds (events arriving all the while): leave it out, or refuse with a retry.
 */
export async function readCheckedCases<Row extends CheckColumns>(
  sql: Sql,
  read: () => Promise<Row[]>,
  unchecked: 'leave-out' | 'retry-later',
): Promise<{ rows: Row[]; published: Row[] }> {
  for (let round = 1; ; round++) {
    const rows = await read();
    const waiting = [...new Set(rows.filter((row) => row.unchecked).map((row) => row.hall_code))];
    if (waiting.length === 0 || round === checkRounds) {
      if (waiting.length > 0 && unchecked === 'retry-later') throw new AppError('STORE_UNAVAILABLE', stillCheckingMessage);
      return { rows, published: rows.filter((row) => !row.unchecked && !row.quarantined) };
    }
    for (const hallCode of waiting) await checkQueuedPayloads(sql, hallCode);
  }
}
