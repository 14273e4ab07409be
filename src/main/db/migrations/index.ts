import { foundation } from './0001-foundation';
import { catalogueAndCases } from './0002-catalogue-and-cases';
import { printing } from './0003-printing';
import { sync } from './0004-sync';
import { lifecycle } from './0005-lifecycle';
import { ratingsSearch } from './0006-ratings-search';
import { provisionalDates } from './0007-provisional-dates';
import { accountSecurity } from './0008-account-security';
import { longerQueryCodes } from './0009-longer-query-codes';
import { clerkDay } from './0010-clerk-day';
import { speed } from './0011-speed';
import { syncV2 } from './0012-sync-v2';
import { projects } from './0013-projects';
import { materialPages } from './0014-material-pages';
import { searchSpeed } from './0015-search-speed';
import { numberSuffixes } from './0016-number-suffixes';
import { departmentActions } from './0017-department-actions';
import { scannedFiles } from './0018-scanned-files';
import { pageUploads } from './0019-page-uploads';
import { projectSerials } from './0020-project-serials';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a migration's version is its position, checked by the migration tests. */
export const migrations: Migration[] = [
  foundation,
  catalogueAndCases,
  printing,
  sync,
  lifecycle,
  ratingsSearch,
  provisionalDates,
  accountSecurity,
  longerQueryCodes,
  clerkDay,
  speed,
  syncV2,
  projects,
  materialPages,
  searchSpeed,
  numberSuffixes,
  departmentActions,
  scannedFiles,
  pageUploads,
  projectSerials,
];
