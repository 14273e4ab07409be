import type { Migration } from './migration';

/**
 * centre_subtasks.statutory_days was never filled: a case's payload names each item's promised
 * days, not its statutory limit, and the board takes the statutory limit from the published item
 * version (board-queries.ts). An always-empty column only misleads whoever reads the schema.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'subtask-statutory-days',
  statements: ['ALTER TABLE centre_subtasks DROP COLUMN statutory_days'],
};
