import type { HomeOverview } from '../../../shared/contract/home-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { countPendingOutbox } from '../outbox/outbox-repository';
import type { RowDeps } from '../supervision/case-rows';
import { readMyCases } from '../supervision/my-cases';
import { listClerkCasesOfDay, listClerkDeferredMaterials } from './home-queries';

/**
 * 工作台: what a clerk needs at the start of a shift and between applicants, all of it theirs
 * (首问负责): today's cases, cases running out of time, 容缺 materials owed, results to hand
 * out, and how many changes still wait for the centre.
 */
export function readHomeOverview(deps: RowDeps, user: SessionUser, today: string): HomeOverview {
  const { db } = deps;
  const mine = readMyCases(deps, user, today);
  const todayCases = listClerkCasesOfDay(db, user.id, today);
  const deferred = listClerkDeferredMaterials(db, user.id);
  return {
    today,
    todayCases,
    dueSoon: mine.filter((row) => row.level === 'red' || row.level === 'yellow'),
    deferredDue: deferred.map((row) => ({ ...row, overdue: row.deadline !== null && row.deadline < today })),
    readyToHandOut: mine.filter((row) => row.state === 'decided'),
    unsentChanges: countPendingOutbox(db),
  };
}
