import { z } from 'zod';
import type { SnapshotPage } from '../../shared/sync/protocol';
import type { Sql } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { deskHighWaterSeq } from '../desks/desk-queries';
import { hallFeedHead } from '../publish/feed-queries';
import { hallCasesPage } from './case-queries';
import { readCheckedCases } from './checked-cases';
import { windowNumbers } from './window-numbers';
import { windowSerials } from './window-serials';

export const defaultSnapshotLimit = 200;
export const maxSnapshotLimit = 1000;
const limitMessage = `limit 应为 1 至 ${maxSnapshotLimit} 的整数`;

export const snapshotQuerySchema = z.object({
  after: z.string().max(200, 'after 过长（应为上一页的 nextAfter）').default(''),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, limitMessage)
    .transform(Number)
    .pipe(z.number().min(1, limitMessage).max(maxSnapshotLimit, limitMessage))
    .default(defaultSnapshotLimit),
});
export type SnapshotQuery = z.output<typeof snapshotQuerySchema>;

/**
 * A new or replacement desk starts from its hall's current state, page by page in case-number
 * order, instead of from the whole history of the feed. The feed cursor is read before the
 * cases, so whatever a department publishes while the desk pages through reaches it again by the
 * feed (applying a status twice is harmless; missing one is not). A case is served only once its
 * latest payload passed the full check (checked-cases.ts); a quarantined one is left out.
 */
export async function readHallSnapshot(sql: Sql, desk: AuthenticatedDesk, query: SnapshotQuery): Promise<SnapshotPage> {
  const feedCursor = await hallFeedHead(sql, desk.hallCode);
  const highWaterSeq = await deskHighWaterSeq(sql, desk.id);
  const { rows } = await readCheckedCases(sql, () => hallCasesPage(sql, desk.hallCode, query.after, query.limit + 1), 'retry-later');
  const page = rows.slice(0, query.limit);
  return {
    feedCursor,
    highWaterSeq,
    ...(query.after === '' ? { windowSerials: await windowSerials(sql, desk), windowNumbers: await windowNumbers(sql, desk) } : {}),
    cases: page
      .filter((row) => !row.quarantined)
      .map((row) => ({
        caseNo: row.case_no,
        deskNo: row.desk_no,
        state: row.state,
        contentHash: row.content_hash,
        payloadJson: row.payload,
        departmentState: row.department_state,
        department: row.department,
        departmentNote: row.department_note,
      })),
    nextAfter: page.at(-1)?.case_no ?? query.after,
    hasMore: rows.length > query.limit,
  };
}
