import type { MaterialReceipt } from '../../../shared/intake/material-check';
import type { CaseMaterialSpec } from '../../../shared/intake/material-union';
import type { Db } from '../../db/open-database';
import { livePages } from './page-repository';

/**
 * A line with pages counts as received electronically when its item accepts it electronically;
 * the paper counts stay as the clerk entered them. Lines without pages keep the clerk's tick.
 */
export function receiptsWithPages(
  db: Db,
  draftId: string,
  specs: readonly CaseMaterialSpec[],
  receipts: readonly MaterialReceipt[],
): MaterialReceipt[] {
  const keysWithPages = new Set(livePages(db, { draftId }).map((p) => p.material_key));
  const byKey = new Map(receipts.map((r) => [r.key, r]));
  const out = [...receipts];
  for (const spec of specs) {
    if (!keysWithPages.has(spec.key) || !spec.media.includes('electronic')) continue;
    const receipt = byKey.get(spec.key);
    if (receipt && !receipt.applicable) continue;
    const electronic = { ...(receipt ?? { key: spec.key, applicable: true, originals: 0, copies: 0 }), electronic: true };
    if (receipt) out[out.indexOf(receipt)] = electronic;
    else out.push(electronic);
  }
  return out;
}
