import type { Migration } from './index';

/**
 * Issue 14, the departments' actions reach the desk:
 * - case_items: a 部分准予 (task_outcome stays 'approved', the flag says "of part") and the hash of
 *   the department's result file, beside the decision number and date it already has;
 * - case_pauses.requested_by: the department that asked for a 补正 (null: the window did);
 * - case_status_updates.word_id: one department action is applied once, even when the centre
 *   published it again under a new cursor.
 */
export const departmentActions: Migration = {
  version: 17,
  name: 'department-actions',
  sql: /* sql */ `
ALTER TABLE case_items ADD COLUMN decision_partial INTEGER NOT NULL DEFAULT 0 CHECK (decision_partial IN (0, 1));
ALTER TABLE case_items ADD COLUMN result_file_sha256 TEXT;
ALTER TABLE case_pauses ADD COLUMN requested_by TEXT;
ALTER TABLE case_status_updates ADD COLUMN word_id TEXT;
CREATE UNIQUE INDEX case_status_updates_word ON case_status_updates (word_id) WHERE word_id IS NOT NULL;
`,
};
