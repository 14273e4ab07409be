import type { PageRef } from '../../../shared/materials/page-types';
import type { Db } from '../../db/open-database';
import { livePages } from './page-repository';

/** A case's live pages by material key, as the case detail (and so its sync event) carries them. */
export function casePageRefs(db: Db, caseNo: string): Map<string, PageRef[]> {
  const byKey = new Map<string, PageRef[]>();
  for (const p of livePages(db, { caseNo })) {
    const ref: PageRef = {
      pageId: p.page_id,
      order: p.page_order,
      mime: p.mime,
      size: p.size,
      sha256: p.sha256,
      sheets: p.sheet_count,
      source: p.source,
    };
    byKey.set(p.material_key, [...(byKey.get(p.material_key) ?? []), ref]);
  }
  return byKey;
}
