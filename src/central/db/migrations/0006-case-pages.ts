import type { Migration } from './migration';
import { createHallPartitionedTable } from './partitioned-table';

/**
 * Electronic materials (issue 13): which case of which hall refers to which page file, projected
 * when the desk's case and material-page events are applied. The page files themselves are in
 * the BlobStore (src/central/pages-store), keyed by sha256 alone; this table is what says who may
 * read one and what a desk may upload.
 */
export const migration0006: Migration = {
  // Position in this branch (file 0006 as assigned); the lead renumbers at merge.
  version: 6,
  name: 'case-pages',
  statements: [
    createHallPartitionedTable(
      'case_pages',
      `hall_code text NOT NULL,
       sha256 text NOT NULL,
       case_no text NOT NULL,
       material_key text NOT NULL,
       mime text NOT NULL,
       size bigint NOT NULL,
       first_seen_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (hall_code, sha256, case_no, material_key)`,
    ),
    `CREATE INDEX case_pages_by_hash ON case_pages (sha256)`,
  ],
};
