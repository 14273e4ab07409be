import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { MaterialLimits, MaterialPage, PageSource, PageTarget } from '../../../shared/materials/page-types';
import type { Db } from '../../db/open-database';
import { assertMayAct } from '../lifecycle/case-guard';
import { recordChange } from '../record-change';
import { normaliseFile, type NormalisedPage } from './incoming-file';
import { readMaterialSettings } from './material-settings';
import { insertPage, livePages, toMaterialPage, type NewPageRow } from './page-repository';
import type { PageStore } from './page-store';
import { caseExists } from './target-queries';
import type { SyncOp } from '../../../shared/sync/protocol';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  rotate: 0 | 90 | 180 | 270;
}

export interface AddPages {
  target: PageTarget;
  materialKey: string;
  source: Exclude<PageSource, 'reuse'>;
  files: IncomingFile[];
}

export interface MaterialContext {
  db: Db;
  store: PageStore;
  user: SessionUser;
  now: Date;
}

/** A case's pages may be changed only on a case that exists and, for an agent, is theirs. */
export function checkTarget(ctx: MaterialContext, target: PageTarget): void {
  if (!('caseNo' in target)) return;
  if (!caseExists(ctx.db, target.caseNo)) throw new AppError('NOT_FOUND', `未找到受理编号为 ${target.caseNo} 的案件`, 'caseNo');
  assertMayAct(ctx.db, ctx.user, target.caseNo);
}

/** Refuses pages past the hall's per-material and per-case limits. */
export function checkCounts(db: Db, target: PageTarget, materialKey: string, adding: number, limits: MaterialLimits): void {
  const pages = livePages(db, target);
  const onLine = pages.filter((p) => p.material_key === materialKey).length;
  if (onLine + adding > limits.maxPagesPerMaterial) {
    throw new AppError('VALIDATION', `每项材料最多 ${limits.maxPagesPerMaterial} 页（已有 ${onLine} 页）`, 'files');
  }
  if (pages.length + adding > limits.maxPagesPerCase) {
    throw new AppError('VALIDATION', `每件最多 ${limits.maxPagesPerCase} 页（已有 ${pages.length} 页）`, 'files');
  }
}

async function normaliseAll(files: IncomingFile[], limits: MaterialLimits): Promise<NormalisedPage[]> {
  const pages: NormalisedPage[] = [];
  for (const file of files) {
    if (file.bytes.length === 0) throw new AppError('VALIDATION', `文件“${file.name}”是空文件`, 'files');
    if (file.bytes.length > limits.maxPageMb * 1024 * 1024) {
      throw new AppError('VALIDATION', `文件“${file.name}”超过单页上限 ${limits.maxPageMb} MB`, 'files');
    }
    pages.push(...(await normaliseFile(file.name, file.bytes, file.rotate)));
  }
  return pages;
}

/**
 * Adds pages to one material line: checked and normalised, written to the page store, then the
 * rows, the outbox event and the audit entry in one transaction. The files are on disk (fsynced)
 * before the rows commit, so no row ever points at a missing file. `alsoInTransaction` commits
 * with them (a scan taken off the tray).
 */
export async function addPages(ctx: MaterialContext, input: AddPages, alsoInTransaction?: () => void): Promise<MaterialPage[]> {
  const { db, store, user } = ctx;
  checkTarget(ctx, input.target);
  const { limits } = readMaterialSettings(db);
  checkCounts(db, input.target, input.materialKey, input.files.length, limits);
  const normalised = await normaliseAll(input.files, limits);
  const stored = normalised.map((page) => ({ ...page, sha256: store.put(page.bytes) }));
  const at = ctx.now.toISOString();
  return db
    .transaction(() => {
      checkCounts(db, input.target, input.materialKey, stored.length, limits);
      alsoInTransaction?.();
      const onLine = livePages(db, input.target).filter((p) => p.material_key === input.materialKey);
      const first = onLine.reduce((max, p) => Math.max(max, p.page_order + 1), 0);
      const rows: NewPageRow[] = stored.map((page, i) => ({
        page_id: randomUUID(),
        case_no: 'caseNo' in input.target ? input.target.caseNo : null,
        draft_id: 'draftId' in input.target ? input.target.draftId : null,
        material_key: input.materialKey,
        page_order: first + i,
        mime: page.mime,
        size: page.bytes.length,
        sha256: page.sha256,
        sheet_count: page.sheets,
        source: input.source,
        reused_from: null,
        created_by: user.id,
        created_by_staff_no: user.staffNo,
        created_at: at,
      }));
      rows.forEach((row) => insertPage(db, row));
      recordPagesChange(ctx, input.target, input.materialKey, 'material.pages-added', pagesDetail(rows));
      return livePages(db, input.target)
        .filter((p) => p.material_key === input.materialKey)
        .map(toMaterialPage);
    })
    .immediate();
}

/** The event of a change to a line's pages: their metadata (the bytes go in their own queue). */
export function recordPagesChange(
  ctx: MaterialContext,
  target: PageTarget,
  materialKey: string,
  op: SyncOp<'material-page'>,
  detail: Record<string, unknown>,
) {
  const owner = 'caseNo' in target ? target.caseNo : `draft:${target.draftId}`;
  recordChange(ctx.db, {
    actor: ctx.user,
    at: ctx.now.toISOString(),
    op,
    entity: 'material-page',
    entityId: `${owner}/${materialKey}`,
    payload: { ...target, materialKey, ...detail },
    auditDetail: { materialKey, ...detail },
  });
}

/** What an event says of new pages: their metadata, never the bytes. */
export function pagesDetail(rows: NewPageRow[]) {
  return {
    pages: rows.map((r) => ({
      pageId: r.page_id,
      order: r.page_order,
      mime: r.mime,
      size: r.size,
      sha256: r.sha256,
      sheets: r.sheet_count,
      source: r.source,
      reusedFrom: r.reused_from,
    })),
  };
}
