import { serviceItemSchema, type ServiceItem } from '../../../shared/catalogue/item-schema';
import type { Db } from '../../db/open-database';
import { parseJsonColumn } from '../../db/parse-row';

/** A stored item was checked when it was imported; it is parsed again when read (the store is not trusted blindly). */
const parseBody = (body: string): ServiceItem => parseJsonColumn(serviceItemSchema, body, '事项目录');

export interface StoredItem {
  item: ServiceItem;
  searchText: string;
}

interface ItemRow {
  body: string;
  search_text: string;
}

export function findStoredBody(db: Db, code: string, version: number): string | undefined {
  return (db.prepare('SELECT body FROM catalogue_items WHERE code = ? AND version = ?').get(code, version) as { body: string } | undefined)
    ?.body;
}

export function insertItem(db: Db, item: ServiceItem, searchText: string, at: string): void {
  db.prepare(
    `INSERT INTO catalogue_items (code, version, name, department, effective_date, search_text, body, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(item.code, item.version, item.name, item.department, item.effectiveDate, searchText, JSON.stringify(item), at);
}

/** For each code, the newest version already in effect on `today`. */
export function currentItems(db: Db, today: string): StoredItem[] {
  const rows = db
    .prepare(
      `SELECT body, search_text FROM catalogue_items c
       WHERE version = (SELECT max(version) FROM catalogue_items v WHERE v.code = c.code AND v.effective_date <= ?)
       ORDER BY code`,
    )
    .all(today) as ItemRow[];
  return rows.map((row) => ({ item: parseBody(row.body), searchText: row.search_text }));
}

export function itemVersion(db: Db, code: string, version: number): ServiceItem | undefined {
  const body = findStoredBody(db, code, version);
  return body ? parseBody(body) : undefined;
}

export function allItemVersions(db: Db): ServiceItem[] {
  return (db.prepare('SELECT body FROM catalogue_items ORDER BY code, version').pluck().all() as string[]).map(parseBody);
}

export function countItems(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM catalogue_items').get() as { n: number }).n;
}
