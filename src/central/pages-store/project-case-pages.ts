import { pageReferencesIn } from '../../shared/sync/page-references';
import type { SqlQueries } from '../db/sql';
import type { DeskIdentity } from '../sync/case-hall';
import { insertCasePages } from './case-pages-queries';

/** In the batch's transaction: the pages the newly applied events refer to, recorded for the desk's hall. */
export async function projectCasePages(
  tx: SqlQueries,
  desk: DeskIdentity,
  applied: readonly { event: { entity: string; payload: unknown } }[],
): Promise<void> {
  await insertCasePages(
    tx,
    desk.hallCode,
    applied.flatMap((a) => pageReferencesIn(a.event)),
  );
}
