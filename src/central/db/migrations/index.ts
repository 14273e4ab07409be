import { migration0001 } from './0001-central-foundation';
import type { Migration } from './migration';

/** In order; a released migration is never edited, only followed by a new one. */
export const centralMigrations: readonly Migration[] = [migration0001];
