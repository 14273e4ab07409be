import { migration0001 } from './0001-central-foundation';
import { migration0002 } from './0002-desk-formats-hashed-codes';
import { migration0003 } from './0003-hall-keyed-ledger';
import { migration0004 } from './0004-centre-accounts';
import { migration0005 } from './0005-centre-subtasks';
import { migration0006 } from './0006-case-pages';
import { migration0007 } from './0007-payload-quarantine';
import { migration0008 } from './0008-board-figures';
import { migration0009 } from './0009-subtask-statutory-days';
import type { Migration } from './migration';

/** In order; a released migration is never edited, only followed by a new one. */
export const centralMigrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
];
