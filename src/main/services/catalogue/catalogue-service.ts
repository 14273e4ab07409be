import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueFile, ServiceItem } from '../../../shared/catalogue/item-schema';
import { formatCatalogueErrors, parseCatalogueJson, serializeCatalogue } from '../../../shared/catalogue/parse-catalogue';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { recordChange } from '../record-change';
import {
  allItemVersions,
  countItems,
  currentItems,
  findStoredBody,
  insertItem,
  itemVersion,
  type StoredItem,
} from './catalogue-repository';
import { itemSearchText, matchesQuery } from './item-search-text';

export function toItemSummary(item: ServiceItem): ItemSummary {
  return {
    code: item.code,
    version: item.version,
    name: item.name,
    type: item.type,
    department: item.department,
    promisedDays: item.promisedDays,
    statutoryDays: item.statutoryDays,
    applicantKinds: item.applicantKinds,
    hasDeferrable: item.materials.some((m) => m.necessity === 'deferrable'),
  };
}

/**
 * The service catalogue of this desk. Items in effect are cached per day (a hall has hundreds,
 * searched on every keystroke); an import clears the cache.
 */
export class CatalogueService {
  private cache: { today: string; items: StoredItem[] } | null = null;

  constructor(private readonly db: Db) {}

  current(today: string): StoredItem[] {
    if (this.cache?.today !== today) this.cache = { today, items: currentItems(this.db, today) };
    return this.cache.items;
  }

  search(query: string, limit: number, today: string): ItemSummary[] {
    return this.current(today)
      .filter((stored) => !query || matchesQuery(stored.searchText, query))
      .slice(0, limit)
      .map((stored) => toItemSummary(stored.item));
  }

  get(code: string, today: string, version?: number): ServiceItem {
    const item = version ? itemVersion(this.db, code, version) : this.current(today).find((s) => s.item.code === code)?.item;
    if (!item) throw new AppError('NOT_FOUND', `事项 ${code} 不存在或尚未生效`, 'code');
    return item;
  }

  /** A bad file is refused whole; a published version never changes (raise the version). */
  importText(text: string, actor: SessionUser | null, now: Date): { imported: number; unchanged: number } {
    const parsed = parseCatalogueJson(text);
    if (!parsed.ok)
      throw new AppError(
        'VALIDATION',
        `事项目录文件有误，未导入任何事项：\n${formatCatalogueErrors(parsed.errors, parsed.omitted)}`,
        'text',
      );
    const at = now.toISOString();
    const result = this.db
      .transaction(() => {
        let imported = 0;
        let unchanged = 0;
        for (const item of parsed.file.items) {
          const stored = findStoredBody(this.db, item.code, item.version);
          if (stored === JSON.stringify(item)) {
            unchanged += 1;
            continue;
          }
          if (stored) {
            throw new AppError(
              'CONFLICT',
              `事项 ${item.code}（${item.name}）第 ${item.version} 版已存在且内容不同，修改事项须提高版本号`,
              'text',
            );
          }
          insertItem(this.db, item, itemSearchText(item), at);
          imported += 1;
        }
        const codes = parsed.file.items.map((i) => `${i.code}@${i.version}`);
        if (actor) {
          recordChange(this.db, {
            actor,
            at,
            op: 'catalogue.imported',
            entity: 'catalogue',
            entityId: at,
            payload: { codes },
            auditDetail: { imported, unchanged },
          });
        } else {
          appendAudit(this.db, { at, actorId: null, actorStaffNo: null, action: 'catalogue.seeded', detail: { imported } });
        }
        return { imported, unchanged };
      })
      .immediate();
    this.cache = null;
    return result;
  }

  /**
   * A catalogue the centre published: new versions are added; a version this desk already holds
   * with other content is kept as it is and returned, to be reported, never overwritten silently.
   * Call inside the caller's transaction.
   */
  applyPublished(file: CatalogueFile, at: string): { imported: number; conflicts: ServiceItem[] } {
    let imported = 0;
    const conflicts: ServiceItem[] = [];
    for (const item of file.items) {
      const stored = findStoredBody(this.db, item.code, item.version);
      if (stored === undefined) {
        insertItem(this.db, item, itemSearchText(item), at);
        imported += 1;
      } else if (stored !== JSON.stringify(item)) {
        conflicts.push(item);
      }
    }
    this.cache = null;
    return { imported, conflicts };
  }

  exportText(now: Date): { fileName: string; text: string } {
    const stamp = now.toISOString().slice(0, 10);
    return { fileName: `halldesk-catalogue-${stamp}.json`, text: serializeCatalogue(allItemVersions(this.db), now.toISOString()) };
  }

  /** First start: the shipped seed catalogue, so a new desk can register at once. */
  seedIfEmpty(resources: string, now: Date): void {
    if (countItems(this.db) > 0) return;
    this.importText(readFileSync(join(resources, 'catalogue', 'seed-catalogue.json'), 'utf8'), null, now);
  }
}
