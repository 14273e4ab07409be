/**
 * The centre's one door to PostgreSQL. PGlite (embedded) and node-postgres (a server) both sit
 * behind it and run the same SQL. Values come back normalised the same way on both: bigint
 * columns as numbers, `date` as 'YYYY-MM-DD' strings, timestamptz as Date, jsonb parsed.
 */
/** Arrays go to `unnest($n::type[])`: a whole batch in one parameter per column. */
export type SqlParam = string | number | boolean | null | Date | readonly (string | number | null)[];

export type CopyValue = string | number | null;

export interface SqlQueries {
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /**
   * COPY rows into a table (one value per column, in order): far cheaper for PostgreSQL than the
   * same rows as array parameters when they carry long text, such as a batch's payloads.
   */
  copyRows(table: string, columns: readonly string[], rows: readonly (readonly CopyValue[])[]): Promise<void>;
}

/** The COPY statement's head, with identifiers checked (they are interpolated). */
export function copyHead(table: string, columns: readonly string[]): string {
  for (const name of [table, ...columns]) if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid identifier: ${name}`);
  return `COPY ${table} (${columns.join(', ')})`;
}

const escapable = /[\\\t\n\r]/g;
/** Four plain searches: far cheaper than one regex over a long text. */
const needsEscape = (text: string) => text.includes('\\') || text.includes('\t') || text.includes('\n') || text.includes('\r');
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** PostgreSQL's COPY text format: a line per row, tab between values, \N for null, backslash escapes. */
export function copyText(rows: readonly (readonly CopyValue[])[]): string {
  const field = (value: CopyValue) => {
    if (value === null) return '\\N';
    const text = String(value);
    // Most values (a payload's canonical JSON among them) hold nothing to escape.
    return needsEscape(text) ? text.replace(escapable, (ch) => copyEscapes[ch] ?? ch) : text;
  };
  return rows.map((row) => `${row.map(field).join('\t')}\n`).join('');
}

export interface Sql extends SqlQueries {
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly description: string;
}

/** The PostgreSQL error code of a failed query, when there is one. */
export function sqlErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Schema names are interpolated into SET search_path, so only plain identifiers are allowed. */
export function quotedSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  return `"${schema}"`;
}
