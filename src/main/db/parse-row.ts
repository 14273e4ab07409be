import type { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * Rows read from the store are parsed where a column's type is narrower than SQLite's (a state,
 * a kind, a JSON document), instead of cast with `as`: a value the code does not know (a damaged
 * or newer store) stops the call with a clear message, not a wrong screen later.
 */
function storeValueError(what: string, error: z.ZodError): AppError {
  const issue = error.issues[0];
  const where = issue ? `${issue.path.join('.')}: ${issue.message}` : '';
  return new AppError('INTERNAL', `数据库中的${what}数据无法识别（${where}），请联系技术支持。`);
}

export function parseRow<S extends z.ZodType>(schema: S, row: unknown, what: string): z.output<S> {
  const result = schema.safeParse(row);
  if (!result.success) throw storeValueError(what, result.error);
  return result.data;
}

export function parseRows<S extends z.ZodType>(schema: S, rows: readonly unknown[], what: string): z.output<S>[] {
  return rows.map((row) => parseRow(schema, row, what));
}

/** A JSON column (detail, payload, spec, …) parsed with its schema. */
export function parseJsonColumn<S extends z.ZodType>(schema: S, text: string, what: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INTERNAL', `数据库中的${what}数据不是有效的 JSON，请联系技术支持。`);
  }
  return parseRow(schema, value, what);
}

/**
 * For wide rows (`SELECT *` of cases, sub-tasks, …), read in bulk: parses only the columns whose
 * type is narrower than SQLite's (states, kinds) and takes the plain TEXT and INTEGER columns as
 * the table declares them. `narrow`'s output must fit `Row`, so a column typed as a state in the
 * row type cannot be checked as a bare string.
 */
export function parseNarrowColumns<Row extends object>(narrow: z.ZodType<Partial<Row>>, row: unknown, what: string): Row {
  parseRow(narrow, row, what);
  return row as Row;
}

export function parseNarrowRows<Row extends object>(narrow: z.ZodType<Partial<Row>>, rows: readonly unknown[], what: string): Row[] {
  for (const row of rows) parseRow(narrow, row, what);
  return rows as Row[];
}
