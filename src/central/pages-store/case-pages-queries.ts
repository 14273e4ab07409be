import type { PageReferenceInEvent } from '../../shared/sync/page-references';
import type { SqlQueries } from '../db/sql';

export type CasePageRow = PageReferenceInEvent;

/** The cases that refer to a page: who may read it is decided on these (may-read-case-page.ts). */
export interface PageReference {
  hallCode: string;
  caseNo: string;
  mime: string;
}

/** Adds the hall's case → page references an applied event names; known ones are left as they are. */
export async function insertCasePages(tx: SqlQueries, hallCode: string, rows: readonly CasePageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO case_pages (hall_code, sha256, case_no, material_key, mime, size)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
     ON CONFLICT DO NOTHING`,
    [
      hallCode,
      rows.map((r) => r.sha256),
      rows.map((r) => r.caseNo),
      rows.map((r) => r.materialKey),
      rows.map((r) => r.mime),
      rows.map((r) => r.size),
    ],
  );
}

/** The largest size a case of the hall declared for the page (what its upload may not exceed). */
export async function declaredPageSize(sql: SqlQueries, hallCode: string, sha256: string): Promise<number | null> {
  const rows = await sql.query<{ size: number | null }>('SELECT max(size) AS size FROM case_pages WHERE hall_code = $1 AND sha256 = $2', [
    hallCode,
    sha256,
  ]);
  return rows[0]?.size ?? null;
}

/** Every case that refers to the page, across halls (a page's bytes are shared by hash). */
export async function pageReferences(sql: SqlQueries, sha256: string): Promise<PageReference[]> {
  const rows = await sql.query<{ hall_code: string; case_no: string; mime: string }>(
    'SELECT hall_code, case_no, mime FROM case_pages WHERE sha256 = $1 ORDER BY hall_code, case_no LIMIT 1000',
    [sha256],
  );
  return rows.map((r) => ({ hallCode: r.hall_code, caseNo: r.case_no, mime: r.mime }));
}

/** Whether the page was recorded for this case of the hall under the material key (a decision's result file). */
export async function isCasePage(sql: SqlQueries, hallCode: string, caseNo: string, sha256: string, materialKey: string): Promise<boolean> {
  const rows = await sql.query<{ found: number }>(
    'SELECT 1 AS found FROM case_pages WHERE hall_code = $1 AND case_no = $2 AND sha256 = $3 AND material_key = $4 LIMIT 1',
    [hallCode, caseNo, sha256, materialKey],
  );
  return rows.length > 0;
}
