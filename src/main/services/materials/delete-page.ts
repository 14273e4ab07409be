import { AppError } from '../../../shared/errors';
import type { MaterialPage } from '../../../shared/materials/page-types';
import { checkTarget, recordPagesChange, type MaterialContext } from './add-pages';
import { findPage, livePages, markPageDeleted, toMaterialPage } from './page-repository';

/**
 * Takes a page off its line. The row stays (deleted_at) and so does the file: the trail of what
 * was captured, and by whom, outlives the mistake.
 */
export function deletePage(ctx: MaterialContext, pageId: string): MaterialPage[] {
  const { db, user } = ctx;
  return db
    .transaction(() => {
      const row = findPage(db, pageId);
      if (!row || row.deleted_at !== null) throw new AppError('NOT_FOUND', '该页不存在或已删除', 'pageId');
      const target = row.case_no !== null ? { caseNo: row.case_no } : { draftId: row.draft_id ?? '' };
      checkTarget(ctx, target);
      const at = ctx.now.toISOString();
      markPageDeleted(db, pageId, at, user.staffNo);
      recordPagesChange(ctx, target, row.material_key, 'material.page-deleted', { deletedPageId: pageId });
      return livePages(db, target)
        .filter((p) => p.material_key === row.material_key)
        .map(toMaterialPage);
    })
    .immediate();
}
