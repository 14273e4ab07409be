import { pinyin } from 'pinyin-pro';
import type { ServiceItem } from '../../../shared/catalogue/item-schema';

/**
 * What a clerk may type to find an item: its name, code, keywords, department, and the name's
 * pinyin, whole and by initials ("gtgsh" finds 个体工商户). Lower case, no spaces.
 */
export function itemSearchText(item: ServiceItem): string {
  const names = [item.name, ...item.keywords];
  const initials = names.map((name) => pinyin(name, { pattern: 'first', toneType: 'none', separator: '' }));
  const full = names.map((name) => pinyin(name, { toneType: 'none', separator: '' }));
  return [item.code, ...names, item.department, ...initials, ...full].join('|').toLowerCase().replace(/\s+/g, '');
}

export function matchesQuery(searchText: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => searchText.includes(term));
}
