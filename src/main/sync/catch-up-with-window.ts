import type { Db } from '../db/open-database';
import { appendAudit } from '../services/audit/audit-log';
import type { CentralClient } from './central-client';
import { outboxCounter, raiseOutboxSeqAbove } from './outbox-repository';
import { anyRaised, raiseNumbersToWindow } from './raise-to-window';

/**
 * Once per start of the app, before the clerks issue numbers if the desk is online by then: a desk
 * restored from an old backup has no way to know it offline, so it asks the centre what its window
 * already used (the snapshot's first page, `limit=1`) and raises its outbox counter and its number
 * series (case, document and project serials) above that. Nothing waiting is renumbered here: the
 * backup's waiting events keep their seqs (the centre may hold them under those, §4.3). On a desk
 * that was not restored nothing moves and nothing is written.
 */
export async function catchUpWithWindow(db: Db, client: CentralClient, auth: string, at: string): Promise<void> {
  const page = await client.snapshot(auth, '', 1);
  const { highWaterSeq } = page;
  db.transaction(() => {
    const counterBefore = outboxCounter(db);
    raiseOutboxSeqAbove(db, highWaterSeq, Number.MAX_SAFE_INTEGER);
    const raised = raiseNumbersToWindow(db, page);
    if (counterBefore >= highWaterSeq && !anyRaised(raised)) return;
    appendAudit(db, {
      at,
      actorId: null,
      actorStaffNo: null,
      action: 'sync.caught-up',
      entity: 'desk',
      entityId: 'outbox',
      detail: { counterBefore, highWaterSeq, ...raised },
    });
  }).immediate();
}
