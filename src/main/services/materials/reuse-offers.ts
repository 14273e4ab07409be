import type { ServiceItem } from '../../../shared/catalogue/item-schema';
import type { ReuseOffer } from '../../../shared/materials/page-types';
import { isReusable, reuseValidUntil } from '../../../shared/materials/reuse-validity';
import type { Db } from '../../db/open-database';
import { applicantPagesOnFile, toMaterialPage } from './page-repository';

interface LineRule {
  keys: string[];
  validMonths: number;
}

/** Per line: the keys whose copies fit it (its own and its declared equivalents) and the shortest validity any item sets. */
function reuseRules(items: readonly ServiceItem[]): Map<string, LineRule> {
  const rules = new Map<string, LineRule>();
  for (const material of items.flatMap((item) => item.materials)) {
    if (!material.reuse) continue;
    const known = rules.get(material.key);
    rules.set(material.key, {
      keys: [...new Set([...(known?.keys ?? [material.key]), ...(material.reuse.sameAs ?? [])])],
      validMonths: Math.min(known?.validMonths ?? Infinity, material.reuse.validMonths),
    });
  }
  return rules;
}

/**
 * What a returning applicant already gave this hall that fits the lines of these items: per line,
 * the newest copy still within its validity (an expired one is never offered). Copies that were
 * themselves reused are not offered again: their validity runs from the original.
 */
export function reuseOffers(db: Db, items: readonly ServiceItem[], idNumber: string, today: string): ReuseOffer[] {
  const rules = reuseRules(items);
  if (rules.size === 0) return [];
  const onFile = applicantPagesOnFile(db, idNumber).filter((p) => p.source !== 'reuse');
  const offers: ReuseOffer[] = [];
  for (const [materialKey, rule] of rules) {
    const fitting = onFile.filter((p) => rule.keys.includes(p.material_key) && isReusable(p.received_on, rule.validMonths, today));
    const newest = fitting[0];
    if (!newest) continue;
    const pages = fitting.filter((p) => p.case_no === newest.case_no && p.material_key === newest.material_key);
    offers.push({
      materialKey,
      fromKey: newest.material_key,
      fromCaseNo: newest.case_no,
      receivedOn: newest.received_on,
      validUntil: reuseValidUntil(newest.received_on, rule.validMonths),
      pages: pages.map(toMaterialPage),
    });
  }
  return offers;
}
