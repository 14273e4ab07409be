import type { Migration } from './index';

/**
 * Issue 9: no refusal at the turn of the year.
 *
 * - cases.promised_provisional: 1 while the promised date was counted over a year the working-day
 *   calendar did not cover (every Monday–Friday a working day, shown and printed as 暂定).
 * - case_items.promise_cut_days: working days taken off a sub-task's time limit when the real
 *   arrangement arrived and the lawful date fell after the date already promised, so the
 *   promised date is never moved later (see services/calendar/promise-recompute.ts).
 */
export const provisionalDates: Migration = {
  version: 7,
  name: 'provisional-dates',
  sql: /* sql */ `
ALTER TABLE cases ADD COLUMN promised_provisional INTEGER NOT NULL DEFAULT 0 CHECK (promised_provisional IN (0, 1));
ALTER TABLE case_items ADD COLUMN promise_cut_days INTEGER NOT NULL DEFAULT 0 CHECK (promise_cut_days >= 0);
CREATE INDEX cases_provisional ON cases (promised_provisional) WHERE promised_provisional = 1;
`,
};
