import { createRequire } from 'node:module';
import type { pinyin as Pinyin } from 'pinyin-pro';
import type { ServiceItem } from '../../../shared/catalogue/item-schema';

/**
 * What a clerk may type to find an item: its name, code, keywords, department, and the name's
 * pinyin, whole and by initials ("gtgsh" finds 个体工商户). Lower case, no spaces.
 */
// pinyin-pro carries a large dictionary: loaded when a catalogue is first indexed, not at start.
const requireHere = createRequire(import.meta.url);
let loaded: typeof Pinyin | null = null;
const pinyinOf = (name: string, initialsOnly: boolean): string => {
  loaded ??= (requireHere('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
  return loaded(name, initialsOnly ? { pattern: 'first', toneType: 'none', separator: '' } : { toneType: 'none', separator: '' });
};

export function itemSearchText(item: ServiceItem): string {
  const names = [item.name, ...item.keywords];
  const initials = names.map((name) => pinyinOf(name, true));
  const full = names.map((name) => pinyinOf(name, false));
  return [item.code, ...names, item.department, ...initials, ...full].join('|').toLowerCase().replace(/\s+/g, '');
}

export function matchesQuery(searchText: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => searchText.includes(term));
}
