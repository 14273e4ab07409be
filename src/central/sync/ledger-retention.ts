import type { Sql } from '../db/sql';
import { allHallCodes, pruneSupersededCasePayloads } from './ledger-queries';

const dayMs = 24 * 60 * 60 * 1000;
/** Rows per statement: each prune is a short transaction that never holds a hall's ledger for long. */
const pruneChunk = 5_000;

/**
 * Retention (CENTRAL_LEDGER_RETENTION_DAYS): a case event's payload is kept while it is the case's
 * current state, and for that many days after a later event superseded it; then only its text goes
 * (its header stays, so a resend is still known). Hall by hall, in chunks. Returns rows pruned.
 */
export async function pruneLedger(sql: Sql, retentionDays: number, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * dayMs);
  let pruned = 0;
  for (const hallCode of await allHallCodes(sql)) {
    for (let chunk = pruneChunk; chunk === pruneChunk;) {
      chunk = await pruneSupersededCasePayloads(sql, hallCode, before, pruneChunk);
      pruned += chunk;
    }
  }
  return pruned;
}

/** Prunes once at start and then daily; the timer never keeps the process alive. */
export function scheduleLedgerPruning(sql: Sql, retentionDays: number, log: (message: string, error?: unknown) => void): () => void {
  const run = () =>
    pruneLedger(sql, retentionDays).then(
      (pruned) => {
        if (pruned > 0) log(`已清理 ${pruned} 条已被后续事件取代、超过 ${retentionDays} 天的案件事件内容`);
      },
      (error: unknown) => log('清理台账历史内容失败', error),
    );
  void run();
  const timer = setInterval(() => void run(), dayMs);
  timer.unref();
  return () => clearInterval(timer);
}
