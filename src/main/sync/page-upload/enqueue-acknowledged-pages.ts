import { pageReferencesIn } from '../../../shared/sync/page-references';
import type { Db } from '../../db/open-database';
import { enqueuePageUpload, outboxEventOf } from './page-upload-repository';

/**
 * In the acknowledgement's transaction: the pages an event the centre has just applied refers to
 * go into the upload queue. Never before the acknowledgement, since the centre accepts a page only
 * once a case of the hall names it; never in the case outbox's way, since they go in a queue of
 * their own.
 */
export function enqueueAcknowledgedPages(db: Db, eventId: string, at: string): void {
  const event = outboxEventOf(db, eventId);
  if (event === undefined) return;
  for (const page of pageReferencesIn(event)) enqueuePageUpload(db, page, at);
}
