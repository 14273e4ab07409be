import { defaultHallTimeZone } from '../../shared/time/hall-time';
import { parsePayloadJson } from '../../shared/sync/protocol';
import type { Sql } from '../db/sql';
import { followUpFactOf, ratingFactOf, subtaskFactsOf } from './board-facts';
import { replaceBoardSubtasks, upsertBoardFollowUps, upsertBoardRatings } from './board-projection-queries';
import { latestRatingEvents, ledgerCasesPage } from './board-rebuild-queries';

const pageSize = 2000;

/**
 * Fills the board's projection from what the centre already holds (the cases' latest events, the
 * ratings and follow-ups in the ledger), by the same reading as the apply path: run once when the
 * board's migration has just been applied, so a centre upgraded with cases in it shows them.
 * One transaction per page of cases; a case whose payload was pruned waits for its next event.
 */
export async function rebuildBoard(sql: Sql): Promise<{ cases: number; ratings: number; followUps: number }> {
  const zone = defaultHallTimeZone;
  let after = { hallCode: '', caseNo: '' };
  let cases = 0;
  for (;;) {
    const page = await ledgerCasesPage(sql, after, pageSize);
    if (page.length === 0) break;
    await sql.transaction(async (tx) => {
      const byHall = new Map<string, { caseNo: string; eventId: string; facts: ReturnType<typeof subtaskFactsOf> & object }[]>();
      for (const row of page) {
        const facts = row.payload === null ? null : subtaskFactsOf(parsePayloadJson(row.payload), zone);
        if (facts === null) continue;
        byHall.set(row.hall_code, [...(byHall.get(row.hall_code) ?? []), { caseNo: row.case_no, eventId: row.event_id, facts }]);
      }
      for (const [hallCode, facts] of byHall) await replaceBoardSubtasks(tx, hallCode, facts);
    });
    cases += page.length;
    const last = page.at(-1)!;
    after = { hallCode: last.hall_code, caseNo: last.case_no };
  }
  const records = await latestRatingEvents(sql);
  let ratings = 0;
  let followUps = 0;
  await sql.transaction(async (tx) => {
    for (const hallCode of new Set(records.map((r) => r.hall_code))) {
      const own = records.filter((r) => r.hall_code === hallCode && r.payload !== null);
      const rated = own.filter((r) => r.entity === 'rating').flatMap((r) => ratingFactOf(parsePayloadJson(r.payload!)) ?? []);
      const followed = own.filter((r) => r.entity === 'follow-up').flatMap((r) => followUpFactOf(parsePayloadJson(r.payload!), zone) ?? []);
      await upsertBoardRatings(tx, hallCode, rated);
      await upsertBoardFollowUps(tx, hallCode, followed);
      ratings += rated.length;
      followUps += followed.length;
    }
  });
  return { cases, ratings, followUps };
}
