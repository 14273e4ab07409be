import { pageReferencesIn } from '../../../shared/sync/page-references';
import type { Db } from '../../db/open-database';
import { enqueuePageUpload, outboxEventsNamingPages } from './page-upload-repository';

/**
 * In the acknowledgement's transaction: the pages the events the centre has just applied refer to
 * go into the upload queue, in the order given (a page named twice keeps the first case). Never
 * before the acknowledgement, since the centre accepts a page only once a case of the hall names
 * it; never in the case outbox's way, since they go in a queue of their own.
 */
export function enqueueAcknowledgedPages(db: Db, events: readonly { eventId: string; seq: number }[], at: string): void {
  if (events.length === 0) return;
  const namingPages = outboxEventsNamingPages(
    db,
    events.map((e) => e.seq),
  );
  if (namingPages.size === 0) return;
  for (const { eventId } of events) {
    const event = namingPages.get(eventId);
    if (event !== undefined) for (const page of pageReferencesIn(event)) enqueuePageUpload(db, page, at);
  }
}
