import { defaultHallTimeZone } from '../../shared/time/hall-time';
import type { SqlQueries } from '../db/sql';
import type { IncomingEvent } from '../sync/incoming-event';
import { followUpFactOf, ratingFactOf, subtaskFactsOf, type BoardFollowUpFact, type BoardRatingFact } from './board-facts';
import { replaceBoardSubtasks, upsertBoardFollowUps, upsertBoardRatings, type CaseFacts } from './board-projection-queries';

/** The latest of several events per key, in seq order. */
function latestBy<T>(events: readonly IncomingEvent[], read: (e: IncomingEvent) => (T & { key: string }) | null): T[] {
  const latest = new Map<string, T>();
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const fact = read(event);
    if (fact !== null) latest.set(fact.key, fact);
  }
  return [...latest.values()];
}

/**
 * The supervision board's part of a checked batch (called once from project-checked-events.ts, in
 * the background check's transaction): the newly applied case, rating and follow-up events update the board's tables, a
 * few set-based statements per batch. The hall's day is counted in the centre's hall zone.
 */
export async function projectBoardFacts(tx: SqlQueries, desk: { hallCode: string }, applied: readonly IncomingEvent[]): Promise<void> {
  const zone = defaultHallTimeZone;
  const cases = latestBy<CaseFacts>(
    applied.filter((e) => e.entity === 'case'),
    (e) => {
      const facts = subtaskFactsOf(e.payload, zone);
      return facts === null ? null : { key: e.entityId, caseNo: e.entityId, eventId: e.eventId, facts };
    },
  );
  const ratings = latestBy<BoardRatingFact>(
    applied.filter((e) => e.entity === 'rating'),
    (e) => {
      const fact = ratingFactOf(e.payload);
      return fact === null ? null : { ...fact, key: e.entityId };
    },
  );
  const followUps = latestBy<BoardFollowUpFact>(
    applied.filter((e) => e.entity === 'follow-up'),
    (e) => {
      const fact = followUpFactOf(e.payload, zone);
      return fact === null ? null : { ...fact, key: e.entityId };
    },
  );
  await replaceBoardSubtasks(tx, desk.hallCode, cases);
  await upsertBoardRatings(tx, desk.hallCode, ratings);
  await upsertBoardFollowUps(tx, desk.hallCode, followUps);
}
