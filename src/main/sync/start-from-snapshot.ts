import type { Db } from '../db/open-database';
import { appendAudit } from '../services/audit/audit-log';
import { setSetting } from '../services/settings/settings-repository';
import { cursorKey } from './apply-changes';
import type { CentralClient } from './central-client';
import { raiseOutboxSeqAbove } from './outbox-repository';
import { raiseNumbersToWindow, type SerialsRaised } from './raise-to-window';

/**
 * A desk with no pull cursor yet (newly enrolled, or a replacement PC at a window) starts from its
 * hall's current state (docs/sync-protocol.md §5.1) instead of the whole history of the feed.
 * Each page is stored in one transaction: the outbox is numbered above the window's `highWaterSeq`
 * (so the centre never sees a reused seq), the first also raises the desk's number series to the
 * window's (raise-to-window.ts), and with the last page the pull cursor is set to the feed head
 * read with the first page; a crash before that simply starts the snapshot again.
 *
 * The cases' rows change nothing on the desk: a desk that has never pulled holds only the cases
 * its own clerks registered, whose department status it follows from the feed; another desk's
 * cases stay with that desk.
 */
export async function startFromSnapshot(db: Db, client: CentralClient, auth: string, at: string, pageSize = 200): Promise<void> {
  let after = '';
  let feedCursor: number | null = null;
  let cases = 0;
  let renumbered = 0;
  let raised: SerialsRaised | null = null;
  for (let more = true; more;) {
    const page = await client.snapshot(auth, after, pageSize);
    // The head read first is the lowest: statuses published while paging arrive again by the feed.
    const from = (feedCursor ??= page.feedCursor);
    cases += page.cases.length;
    db.transaction(() => {
      renumbered += raiseOutboxSeqAbove(db, page.highWaterSeq);
      raised ??= raiseNumbersToWindow(db, page);
      if (page.hasMore) return;
      setSetting(db, cursorKey, String(from));
      appendAudit(db, {
        at,
        actorId: null,
        actorStaffNo: null,
        action: 'sync.snapshot',
        entity: 'desk',
        entityId: 'snapshot',
        detail: { feedCursor: from, highWaterSeq: page.highWaterSeq, cases, renumbered, ...raised },
      });
    }).immediate();
    after = page.nextAfter;
    more = page.hasMore;
  }
}

/**
 * A desk restored from an old backup numbers its outbox from where the backup left off, below
 * seqs the centre already holds from this window: the centre refuses those events (seq taken).
 * The desk learns the window's `highWaterSeq` from the snapshot's first page and numbers its
 * waiting events from `fromSeq` on above it (the events of the backup below it keep their seqs: the
 * centre knows them under those seqs and answers `duplicate`). Its case serials were already
 * raised above the window's numbers before this push (catch-up-with-window.ts).
 */
export async function numberAboveCentre(db: Db, client: CentralClient, auth: string, fromSeq: number, at: string): Promise<void> {
  const { highWaterSeq } = await client.snapshot(auth, '', 1);
  db.transaction(() => {
    const renumbered = raiseOutboxSeqAbove(db, highWaterSeq, fromSeq);
    appendAudit(db, {
      at,
      actorId: null,
      actorStaffNo: null,
      action: 'sync.renumbered',
      entity: 'desk',
      entityId: 'outbox',
      detail: { fromSeq, highWaterSeq, renumbered },
    });
  }).immediate();
}
