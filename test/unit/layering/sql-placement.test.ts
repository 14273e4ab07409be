import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayHoldSql, scanSqlPlacement, sqlOffencesIn, sqlPlacementAllowlist, sqlPlacementAllowlistFile } from '../../helpers/sql-placement';

/**
 * SQL lives only in `*-repository.ts` / `*-queries.ts` (plus migrations and the store plumbing),
 * in the desk's back end and in the centre. Files that broke the rule before it existed are named
 * in sql-placement-allowlist.json with the area that moves them; that list only shrinks.
 */
const allowlist = sqlPlacementAllowlist.files;

describe('SQL placement', () => {
  const offences = scanSqlPlacement('.', ['src/main', 'src/central']);

  it('no SQL outside repositories, queries, migrations and the store plumbing', () => {
    const unexpected = offences.filter((offence) => !(offence.file in allowlist)).map((o) => `${o.file}:${o.line} ${o.what}`);
    expect(unexpected, 'move this SQL into a *-repository.ts / *-queries.ts next to the service').toEqual([]);
  });

  it('the allowlist names only files that still break the rule', () => {
    const offending = new Set(offences.map((offence) => offence.file));
    const stale = Object.keys(allowlist).filter((file) => !offending.has(file) || !existsSync(file));
    expect(stale, `delete these entries from ${sqlPlacementAllowlistFile}`).toEqual([]);
  });

  it('finds a planted offender, naming its line', () => {
    const planted = [
      "import type { Db } from '../../db/open-database';",
      'export function countCases(db: Db): number {',
      "  return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;",
      '}',
      'export const openOnly = `state IN (${"?"}) ORDER BY case_no`;',
      "export function wipe(db: Db): void { db.exec('DELETE FROM outbox'); }",
      "export function lookUp(text: string): string | undefined { return /^\\d+$/.exec(text)?.[0] ?? 'Select a window'; }",
    ].join('\n');
    expect(sqlOffencesIn('src/main/services/cases/count-cases.ts', planted)).toEqual([
      { file: 'src/main/services/cases/count-cases.ts', line: 3, what: 'calls .prepare(' },
      { file: 'src/main/services/cases/count-cases.ts', line: 5, what: expect.stringContaining('SQL in a literal') },
      { file: 'src/main/services/cases/count-cases.ts', line: 6, what: 'calls .exec( on a store handle' },
    ]);
  });

  it('lets repositories, queries, migrations and the store plumbing hold SQL', () => {
    expect(mayHoldSql('src/main/services/cases/case-repository.ts')).toBe(true);
    expect(mayHoldSql('src/main/services/reports/summary-queries.ts')).toBe(true);
    expect(mayHoldSql('src/main/db/migrations/0001-foundation.ts')).toBe(true);
    expect(mayHoldSql('src/central/db/migrations/0001-initial.ts')).toBe(true);
    expect(mayHoldSql('src/main/db/open-database.ts')).toBe(true);
    expect(mayHoldSql('src/main/services/cases/register-case.ts')).toBe(false);
    expect(mayHoldSql('src/main/services/cases/case-repository-helpers.ts')).toBe(false);
  });
});
