import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCaseIndex, type CaseSearchRequest } from '../../../src/main/services/search/case-index-queries';
import { foodItem, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { registerFiveCases } from './search-fixtures';

/**
 * Every statement a search runs, checked with EXPLAIN QUERY PLAN (as Signal Desktop does): none
 * may scan a table or a whole index, whatever it finds. Without ANALYZE statistics SQLite's plan
 * does not depend on how many rows there are, so five cases show the plan of a million.
 */
let desk: TestDesk;
let db: Database.Database;
let tables: Set<string>;

beforeAll(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, 'admin');
  await desk.call('users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: 'Clerk2026pass' }, 'admin');
  await desk.call('auth.login', { staffNo: 'C001', password: 'Clerk2026pass' }, 'clerk');
  await registerFiveCases(desk, 'admin', 'clerk');
  db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  // Every table but the catalogue (a few hundred items, matched by substring on purpose).
  tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'catalogue_items'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
}, 60_000);
afterAll(() => {
  db.close();
  desk.close();
});

/** Runs a search on a connection that records each statement with its parameters. */
function statementsOf(request: Partial<CaseSearchRequest>): { sql: string; params: unknown[] }[] {
  const seen: { sql: string; params: unknown[] }[] = [];
  const recording = new Proxy(db, {
    get(target, property) {
      if (property !== 'prepare') return Reflect.get(target, property, target) as unknown;
      return (sql: string) => {
        const statement = target.prepare(sql);
        const record =
          (method: 'get' | 'all') =>
          (...params: unknown[]) => {
            seen.push({ sql, params });
            return (statement[method] as (...p: unknown[]) => unknown)(...params);
          };
        return { get: record('get'), all: record('all') };
      };
    },
  });
  searchCaseIndex(recording, { query: '', todayOnly: false, page: 1, pageSize: 20, ...request }, '2026-03-09');
  return seen;
}

/** The plan lines that read a whole table or index ("SCAN cases", "SCAN x USING INDEX …", a virtual table with no MATCH). */
function scans(sql: string, params: unknown[]): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[];
  const aliases = [...sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)/gi)].map((m) => [m[2]!, m[1]!] as const);
  const tableOf = (name: string) => (tables.has(name) ? name : aliases.find(([alias]) => alias === name)?.[1]);
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      // An FTS5 MATCH is answered from its index ("VIRTUAL TABLE INDEX n:M…"), not by a scan.
      if (/VIRTUAL TABLE INDEX \d+:M/.test(detail)) return false;
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
      return scanned !== undefined && tableOf(scanned) !== undefined && tables.has(tableOf(scanned)!);
    });
}

const searches: [label: string, request: Partial<CaseSearchRequest>][] = [
  ['case number, whole', { query: 'JC-03-2026-000001' }],
  ['case number tail', { query: '000001' }],
  ['case number serial, two digits', { query: '12' }],
  ['name, whole', { query: '王三丰' }],
  ['name, one character', { query: '三' }],
  ['name, two characters', { query: '张三' }],
  ['ID number, whole', { query: '11010519491231002X' }],
  ['ID number, last eight', { query: '1231002x' }],
  ['phone, whole', { query: '13812345678' }],
  ['phone, last six', { query: '345678' }],
  ['a number and an item word', { query: '13900001111 社会保障卡' }],
  ['digits from the middle of a number', { query: '19491231' }],
  ['item name', { query: '社会保障卡' }],
  ['name character + item word', { query: '三 食品' }],
  ['state', { state: 'awaiting-materials' }],
  ['one week received', { receivedFrom: '2026-03-02', receivedTo: '2026-03-08' }],
  ['clerk + item', { clerkStaffNo: 'C001', itemCode: socialCardItem }],
  ['state + item + month', { state: 'accepted', itemCode: foodItem, receivedFrom: '2026-03-01', receivedTo: '2026-03-31' }],
  ['name character + item filter', { query: '三', itemCode: socialCardItem }],
  ['name character + state + month', { query: '三', state: 'accepted', receivedFrom: '2026-03-01', receivedTo: '2026-03-31' }],
  ['two words and a clerk', { query: '张三 社会保障', clerkStaffNo: 'A001' }],
  ['name character + clerk', { query: '三', clerkStaffNo: 'A001' }],
  ['no filter, page 50', { page: 50 }],
];

/** Every plan line of every statement a search runs. */
function plansOf(request: Partial<CaseSearchRequest>): string {
  return statementsOf(request)
    .flatMap(({ sql, params }) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[]).map((r) => r.detail),
    )
    .join('\n');
}

describe('search plans at any size', () => {
  it.each(searches)('%s: reads indexes only', (_label, request) => {
    const statements = statementsOf(request);
    expect(statements.length).toBeGreaterThan(0);
    for (const { sql, params } of statements) expect({ sql, scans: scans(sql, params) }).toEqual({ sql, scans: [] });
  });

  it('reads one name character with an item from the item-and-character index', () => {
    const sqls = statementsOf({ query: '三', itemCode: socialCardItem }).map((s) => s.sql);
    expect(sqls.some((sql) => sql.includes('case_item_grams'))).toBe(true);
    expect(plansOf({ clerkStaffNo: 'C001', itemCode: socialCardItem })).toMatch(
      /USING COVERING INDEX case_item_index_clerk \(item_code=\? AND clerk_staff_no=\?\)/,
    );
  });

  it('reads one name character with a state and a month as one range of the character index that carries them', () => {
    const request = { query: '三', state: 'accepted', receivedFrom: '2026-03-01', receivedTo: '2026-03-31' };
    expect(plansOf(request)).toMatch(
      /SEARCH n USING COVERING INDEX case_name_chars_state \(gram=\? AND state=\? AND received_on>\? AND received_on<\?\)/,
    );
    expect(plansOf({ query: '三', clerkStaffNo: 'A001' })).toMatch(
      /SEARCH n USING COVERING INDEX case_name_chars_clerk \(gram=\? AND clerk_staff_no=\?\)/,
    );
  });

  it.each([
    ['ID number, whole', '11010519491231002X'],
    ['ID number, last eight', '1231002x'],
    ['phone, whole', '13812345678'],
    ['phone, last six', '345678'],
    ['case number, last six', '000005'],
  ])('looks up %s as one range of the reversed numbers, not through the trigram index', (_label, query) => {
    const sqls = statementsOf({ query }).map((s) => s.sql);
    expect(sqls.filter((sql) => sql.includes('case_fts'))).toEqual([]);
    expect(plansOf({ query })).toMatch(/SEARCH case_number_suffixes USING PRIMARY KEY \(reversed>\? AND reversed<\?\)/);
  });

  it.each([
    ['every case', { page: 50 }],
    ['a state', { state: 'awaiting-materials' }],
    ['a clerk', { clerkStaffNo: 'C001' }],
    ['an item', { itemCode: socialCardItem }],
    ['a week', { receivedFrom: '2026-03-02', receivedTo: '2026-03-08' }],
  ] as const)('lists %s with the kept total, counting no index', (_label, request) => {
    const sqls = statementsOf(request).map((s) => s.sql);
    expect(sqls.filter((sql) => /count\(/i.test(sql))).toEqual([]);
  });

  it('counts an item word from the kept counts', () => {
    const sqls = statementsOf({ query: '社会保障卡' }).map((s) => s.sql);
    expect(sqls.filter((sql) => /count\(\*\) FROM case_item_index/i.test(sql))).toEqual([]);
  });
});
