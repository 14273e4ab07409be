import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';

/**
 * The rule "SQL lives only in `*-repository.ts` / `*-queries.ts`" as a scanner, shared by
 * test/unit/layering/sql-placement.test.ts. A file breaks it when it
 *  - calls `.prepare(` or `.pragma(` (better-sqlite3's statement and pragma doors), or
 *  - calls `.exec(` / `.query(` on a store handle (a receiver named db, tx, sql, client, pool or database), or
 *  - holds a string or template literal with SQL in it (an upper-case statement keyword or clause:
 *    SELECT, INSERT INTO, UPDATE … SET, DELETE FROM, WHERE, ORDER BY, GROUP BY, JOIN, VALUES, CREATE/DROP/ALTER, PRAGMA,
 *    or a literal that is just BEGIN / COMMIT / ROLLBACK).
 * Files that may: `*-repository.ts`, `*-queries.ts`, anything under a `migrations/` folder, and the store plumbing
 * named in the allowlist file's `storePlumbing` (opening the store, applying migrations, the centre's database drivers).
 */
export interface SqlOffence {
  file: string;
  line: number;
  what: string;
}

/** The exceptions, kept in one file that eslint.config.js reads too. */
export const sqlPlacementAllowlistFile = 'test/unit/layering/sql-placement-allowlist.json';
export const sqlPlacementAllowlist = z
  .object({ storePlumbing: z.array(z.string()), files: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync(sqlPlacementAllowlistFile, 'utf8')));

const storeHandles = new Set(['db', 'tx', 'sql', 'client', 'pool', 'database']);
const sqlText =
  /\b(?:SELECT|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM|WHERE|ORDER BY|GROUP BY|JOIN|VALUES|(?:CREATE|DROP|ALTER)\s+(?:TABLE|INDEX|UNIQUE INDEX|VIEW|TRIGGER|SCHEMA)|PRAGMA)\b|^\s*(?:BEGIN|COMMIT|ROLLBACK)\b/;

export function mayHoldSql(file: string): boolean {
  const path = file.split(sep).join('/');
  return (
    /-(?:repository|queries)\.ts$/.test(path) || /(?:^|\/)migrations\//.test(path) || sqlPlacementAllowlist.storePlumbing.includes(path)
  );
}

function receiverName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

/** The offences in one file's text (`file` names it in the messages). */
export function sqlOffencesIn(file: string, text: string): SqlOffence[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const offences: SqlOffence[] = [];
  const report = (node: ts.Node, what: string) =>
    offences.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === 'prepare' || method === 'pragma') report(node, `calls .${method}(`);
      else if ((method === 'exec' || method === 'query') && storeHandles.has(receiverName(node.expression.expression) ?? ''))
        report(node, `calls .${method}( on a store handle`);
    }
    const literal = literalText(node);
    if (literal !== undefined && sqlText.test(literal)) {
      report(node, `SQL in a literal: ${literal.replace(/\s+/g, ' ').trim().slice(0, 60)}`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // One offence per line is enough to find it.
  return offences.filter((offence, index) => offences[index - 1]?.line !== offence.line);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every offence under the given folders, files named relative to `root` with forward slashes. */
export function scanSqlPlacement(root: string, folders: readonly string[]): SqlOffence[] {
  return folders
    .flatMap((folder) => sourceFiles(join(root, folder)))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((file) => !mayHoldSql(file))
    .flatMap((file) => sqlOffencesIn(file, readFileSync(join(root, file), 'utf8')));
}
