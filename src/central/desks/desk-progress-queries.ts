import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from './authenticate-desk';

export interface BatchProgress {
  batchId: string;
  eventCount: number;
  /** Lowest and highest seq among the events the ledger took in this batch (0 when none). */
  lowestSeq: number;
  highestSeq: number;
  newEvents: number;
  newCases: number;
  /** Whether rejections were written or resolved: the desk's open count is then counted again. */
  rejectionsChanged: boolean;
}

/**
 * The batch's receipt, its place in the background payload check's queue (when it stored new
 * events), and the desk's high-water mark and counters, in one statement. Only the
 * desk's own row is touched: desks never wait for one another here, and the admin overview sums
 * the rows of a hall instead of counting the ledger.
 */
export async function recordBatchProgress(tx: SqlQueries, desk: AuthenticatedDesk, progress: BatchProgress): Promise<void> {
  await tx.query(
    `WITH receipt AS (
       INSERT INTO batches (hall_code, desk_id, batch_id, event_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (hall_code, desk_id, batch_id) DO UPDATE SET attempts = batches.attempts + 1, last_received_at = now()
     ), queued AS (
       INSERT INTO payload_check_queue (hall_code, desk_id, batch_id, first_seq, last_seq)
       SELECT $1, $2, $3, $9, $5 WHERE $6 > 0
       ON CONFLICT (hall_code, desk_id, batch_id) DO UPDATE SET
         first_seq = least(payload_check_queue.first_seq, EXCLUDED.first_seq),
         last_seq = greatest(payload_check_queue.last_seq, EXCLUDED.last_seq)
     )
     UPDATE desks SET
       last_batch_at = now(),
       high_water_seq = greatest(high_water_seq, $5),
       events_received = events_received + $6,
       cases_created = cases_created + $7,
       open_rejections = CASE WHEN $8::boolean
         THEN (SELECT count(*) FROM rejected_events r WHERE r.hall_code = $1 AND r.desk_id = $2 AND r.resolved_at IS NULL)
         ELSE open_rejections END
     WHERE id = $2`,
    [
      desk.hallCode,
      desk.id,
      progress.batchId,
      progress.eventCount,
      progress.highestSeq,
      progress.newEvents,
      progress.newCases,
      progress.rejectionsChanged,
      progress.lowestSeq,
    ],
  );
}
