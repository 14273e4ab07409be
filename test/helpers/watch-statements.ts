import type Database from 'better-sqlite3';

export interface StatementRun {
  sql: string;
  params: unknown[];
  /** Rows returned (all), 1 or 0 (get), 1 (run). */
  rows: number;
}

const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/**
 * Every statement run on `db` while `work` runs, with its parameters and the rows it returned.
 * Watched where statements run, not where they are compiled: the store keeps compiled statements
 * (src/main/db/statement-cache.ts), so one compiled before `work` runs is still seen. Transaction
 * control (BEGIN, COMMIT, savepoints) is left out.
 */
export function watchStatements(db: Database.Database, work: () => void): StatementRun[] {
  const runs: StatementRun[] = [];
  const statementMethods = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'all' | 'get' | 'run', (...args: unknown[]) => unknown>;
  const originals = { all: statementMethods.all, get: statementMethods.get, run: statementMethods.run };
  for (const name of ['all', 'get', 'run'] as const) {
    const original = originals[name];
    statementMethods[name] = function (this: Database.Statement, ...params: unknown[]) {
      const result = original.apply(this, params);
      if (this.database === db && !transactionControl.test(this.source))
        runs.push({ sql: this.source, params, rows: Array.isArray(result) ? result.length : result === undefined ? 0 : 1 });
      return result;
    };
  }
  try {
    work();
  } finally {
    Object.assign(statementMethods, originals);
  }
  return runs;
}
