import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonColumn, parseNarrowRows, parseRow } from '../../../src/main/db/parse-row';
import { findCaseState } from '../../../src/main/services/cases/case-repository';
import { AppError } from '../../../src/shared/errors';
import { caseStates, type CaseState } from '../../../src/shared/intake/case-types';

/** Rows are parsed where a column is narrower than SQLite's: an unknown value stops the call, it never reaches a screen. */
describe('typed rows', () => {
  const stateColumns = z.object({ state: z.enum(caseStates) });

  it('passes a known state and refuses an unknown one with an INTERNAL error naming the data', () => {
    expect(parseRow(stateColumns, { state: 'accepted' }, '案件')).toEqual({ state: 'accepted' });
    const error = (() => {
      try {
        parseRow(stateColumns, { state: 'archived' }, '案件');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('数据库中的案件数据无法识别') });
  });

  it('checks only the narrow columns of wide rows and keeps the rest as read', () => {
    const rows = [{ case_no: 'A1', state: 'accepted', note: null }];
    expect(parseNarrowRows<{ case_no: string; state: CaseState; note: null }>(stateColumns, rows, '案件')).toBe(rows);
    expect(() => parseNarrowRows(stateColumns, [...rows, { case_no: 'A2', state: 'lost' }], '案件')).toThrow(AppError);
  });

  it('parses a JSON column with its schema, refusing bad JSON and a wrong shape', () => {
    const spec = z.object({ name: z.string() });
    expect(parseJsonColumn(spec, '{"name":"营业执照"}', '材料')).toEqual({ name: '营业执照' });
    expect(() => parseJsonColumn(spec, '{"name":', '材料')).toThrow(/不是有效的 JSON/);
    expect(() => parseJsonColumn(spec, '{"name":3}', '材料')).toThrow(/数据库中的材料数据无法识别/);
  });

  it('a repository refuses a state the code does not know (cases.state has no CHECK in the store)', () => {
    const db = new Database(':memory:');
    try {
      db.exec(
        "CREATE TABLE cases (case_no TEXT PRIMARY KEY, state TEXT NOT NULL); INSERT INTO cases VALUES ('A1', 'accepted'), ('A2', 'archived');",
      );
      expect(findCaseState(db, 'A1')).toBe('accepted');
      expect(findCaseState(db, 'A3')).toBeUndefined();
      expect(() => findCaseState(db, 'A2')).toThrow(AppError);
    } finally {
      db.close();
    }
  });
});
