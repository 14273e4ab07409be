import { foundation } from './0001-foundation';
import { catalogueAndCases } from './0002-catalogue-and-cases';
import { printing } from './0003-printing';
import { sync } from './0004-sync';
import { lifecycle } from './0005-lifecycle';
import { ratingsSearch } from './0006-ratings-search';
import { speed } from './0013-speed';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a migration's version is its position, checked by the migration tests. */
export const migrations: Migration[] = [foundation, catalogueAndCases, printing, sync, lifecycle, ratingsSearch, speed];
