import type { Migration } from './index';

/*
 * Sync v2 (issue 12): the open batches in a table of their own, so the sync engine finds the
 * batch to resend without walking the pending outbox rows (and their payloads), and two indexes
 * that reach a batch's rows and the next unbatched rows directly: the drain stays linear in the
 * backlog. Batches formed before the upgrade and not yet acknowledged are carried over.
 */
export const syncV2: Migration = {
  version: 12,
  name: 'sync-v2',
  sql: /* sql */ `
CREATE TABLE outbox_batches (
  batch_id TEXT PRIMARY KEY,
  first_seq INTEGER NOT NULL UNIQUE,
  formed_at TEXT NOT NULL
) STRICT;

INSERT INTO outbox_batches (batch_id, first_seq, formed_at)
  SELECT batch_id, min(seq), min(created_at) FROM outbox WHERE sent_at IS NULL AND batch_id IS NOT NULL GROUP BY batch_id;

CREATE INDEX outbox_batch_rows ON outbox (batch_id, seq) WHERE sent_at IS NULL AND batch_id IS NOT NULL;
CREATE INDEX outbox_unbatched ON outbox (seq) WHERE sent_at IS NULL AND batch_id IS NULL;
`,
};
