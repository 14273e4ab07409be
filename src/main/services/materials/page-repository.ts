import { z } from 'zod';
import { pageMimes, pageSources, type MaterialPage, type PageTarget } from '../../../shared/materials/page-types';
import type { Db } from '../../db/open-database';

const pageRowSchema = z.object({
  page_id: z.string(),
  case_no: z.string().nullable(),
  draft_id: z.string().nullable(),
  material_key: z.string(),
  page_order: z.number(),
  mime: z.enum(pageMimes),
  size: z.number(),
  sha256: z.string(),
  sheet_count: z.number(),
  source: z.enum(pageSources),
  reused_from: z.string().nullable(),
  created_at: z.string(),
  created_by_staff_no: z.string(),
  deleted_at: z.string().nullable(),
});
export type PageRow = z.infer<typeof pageRowSchema>;

export interface NewPageRow {
  page_id: string;
  case_no: string | null;
  draft_id: string | null;
  material_key: string;
  page_order: number;
  mime: MaterialPage['mime'];
  size: number;
  sha256: string;
  sheet_count: number;
  source: MaterialPage['source'];
  reused_from: string | null;
  created_by: number;
  created_by_staff_no: string;
  created_at: string;
}

const parseRows = (rows: unknown[]) => rows.map((r) => pageRowSchema.parse(r));

export function toMaterialPage(row: PageRow): MaterialPage {
  return {
    pageId: row.page_id,
    materialKey: row.material_key,
    order: row.page_order,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    sheets: row.sheet_count,
    source: row.source,
    reusedFrom: row.reused_from,
    createdAt: row.created_at,
    createdByStaffNo: row.created_by_staff_no,
  };
}

function targetWhere(target: PageTarget): { sql: string; value: string } {
  return 'caseNo' in target ? { sql: 'case_no = ?', value: target.caseNo } : { sql: 'draft_id = ?', value: target.draftId };
}

/** The live (not deleted) pages of a case or draft, by material line and order. */
export function livePages(db: Db, target: PageTarget): PageRow[] {
  const where = targetWhere(target);
  return parseRows(
    db
      .prepare(`SELECT * FROM material_pages WHERE ${where.sql} AND deleted_at IS NULL ORDER BY material_key, page_order, id`)
      .all(where.value),
  );
}

export function insertPage(db: Db, row: NewPageRow): void {
  db.prepare(
    `INSERT INTO material_pages (page_id, case_no, draft_id, material_key, page_order, mime, size, sha256, sheet_count, source,
       reused_from, created_by, created_by_staff_no, created_at)
     VALUES (@page_id, @case_no, @draft_id, @material_key, @page_order, @mime, @size, @sha256, @sheet_count, @source,
       @reused_from, @created_by, @created_by_staff_no, @created_at)`,
  ).run(row);
}

export function findPage(db: Db, pageId: string): PageRow | undefined {
  const row = db.prepare('SELECT * FROM material_pages WHERE page_id = ?').get(pageId);
  return row === undefined ? undefined : pageRowSchema.parse(row);
}

export function markPageDeleted(db: Db, pageId: string, at: string, staffNo: string): void {
  db.prepare('UPDATE material_pages SET deleted_at = ?, deleted_by_staff_no = ? WHERE page_id = ? AND deleted_at IS NULL').run(
    at,
    staffNo,
    pageId,
  );
}

/** Moves a draft's pages onto the case it became (inside the registration's transaction). */
export function attachDraftPages(db: Db, draftId: string, caseNo: string): number {
  return db.prepare('UPDATE material_pages SET case_no = ?, draft_id = NULL WHERE draft_id = ?').run(caseNo, draftId).changes;
}

/** Every hash a live or deleted page points at (verify-store checks them all: deletion keeps the file). */
export function allPageHashes(db: Db): { sha256: string; pageIds: string[] }[] {
  const rows = z
    .array(z.object({ sha256: z.string(), page_ids: z.string() }))
    .parse(db.prepare("SELECT sha256, group_concat(page_id, ',') AS page_ids FROM material_pages GROUP BY sha256 ORDER BY sha256").all());
  return rows.map((r) => ({ sha256: r.sha256, pageIds: r.page_ids.split(',') }));
}

/**
 * Pages on file for an applicant at this hall (registered cases not voided), newest first: what
 * a returning applicant may reuse (三减).
 */
export function applicantPagesOnFile(db: Db, idNumber: string): (PageRow & { received_on: string; case_no: string })[] {
  const rows = db
    .prepare(
      `SELECT p.*, c.received_on FROM material_pages p JOIN cases c ON c.case_no = p.case_no
       WHERE c.applicant_id_number = ? AND c.state <> 'voided' AND p.deleted_at IS NULL
       ORDER BY c.received_at DESC, p.material_key, p.page_order`,
    )
    .all(idNumber);
  return rows.map((r) => pageRowSchema.extend({ case_no: z.string(), received_on: z.string() }).parse(r));
}
