import { randomUUID } from 'node:crypto';
import type { ServiceItem } from '../../../shared/catalogue/item-schema';
import { hallDate } from '../../../shared/calendar/hall-date';
import { AppError } from '../../../shared/errors';
import type { MaterialPage } from '../../../shared/materials/page-types';
import { checkCounts, pagesDetail, recordPagesChange, type MaterialContext } from './add-pages';
import { readMaterialSettings } from './material-settings';
import { insertPage, livePages, toMaterialPage, type NewPageRow } from './page-repository';
import { reuseOffers } from './reuse-offers';

export interface ReusePages {
  draftId: string;
  materialKey: string;
  items: ServiceItem[];
  idNumber: string;
}

/**
 * 复用 (三减): the line gets the pages of the copy on file that is offered for it now, worked out
 * again here so an expired or unfitting copy can never be taken. The files are already in the
 * store (same bytes, same name): only rows are added, each naming the page it reuses.
 */
export function reusePages(ctx: MaterialContext, input: ReusePages): MaterialPage[] {
  const { db, store, user } = ctx;
  const target = { draftId: input.draftId };
  const at = ctx.now.toISOString();
  return db
    .transaction(() => {
      const offer = reuseOffers(db, input.items, input.idNumber, hallDate(ctx.now)).find((o) => o.materialKey === input.materialKey);
      if (!offer) throw new AppError('NOT_FOUND', '该材料没有可复用的在档电子件（或已过有效期）', 'materialKey');
      const missing = offer.pages.find((p) => !store.has(p.sha256));
      if (missing) throw new AppError('NOT_FOUND', '在档电子件的文件缺失，请运行 npm run verify-store 检查', 'materialKey');
      const line = livePages(db, target).filter((p) => p.material_key === input.materialKey);
      if (line.some((p) => p.source === 'reuse')) throw new AppError('CONFLICT', '该材料已复用在档电子件', 'materialKey');
      checkCounts(db, target, input.materialKey, offer.pages.length, readMaterialSettings(db).limits);
      const first = line.reduce((max, p) => Math.max(max, p.page_order + 1), 0);
      const rows: NewPageRow[] = offer.pages.map((page, i) => ({
        page_id: randomUUID(),
        case_no: null,
        draft_id: input.draftId,
        material_key: input.materialKey,
        page_order: first + i,
        mime: page.mime,
        size: page.size,
        sha256: page.sha256,
        sheet_count: page.sheets,
        source: 'reuse',
        reused_from: page.pageId,
        created_by: user.id,
        created_by_staff_no: user.staffNo,
        created_at: at,
      }));
      rows.forEach((row) => insertPage(db, row));
      recordPagesChange(ctx, target, input.materialKey, 'material.pages-reused', {
        ...pagesDetail(rows),
        fromCaseNo: offer.fromCaseNo,
        fromKey: offer.fromKey,
      });
      return livePages(db, target)
        .filter((p) => p.material_key === input.materialKey)
        .map(toMaterialPage);
    })
    .immediate();
}
