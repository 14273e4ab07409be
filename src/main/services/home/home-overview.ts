import type { HomeOverview } from '../../../shared/contract/home-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { countPendingOutbox } from '../outbox/outbox-repository';
import { openStatesSql, type RowDeps } from '../supervision/case-rows';
import { readMyCases } from '../supervision/my-cases';

const listLimit = 50;

/**
 * 工作台: what a clerk needs at the start of a shift and between applicants, all of it theirs
 * (首问负责): today's cases, cases running out of time, 容缺 materials owed, results to hand
 * out, and how many changes still wait for the centre.
 */
export function readHomeOverview(deps: RowDeps, user: SessionUser, today: string): HomeOverview {
  const { db } = deps;
  const mine = readMyCases(deps, user, today);
  const todayCases = db
    .prepare(
      `SELECT case_no AS caseNo, applicant_name AS applicantName, item_names AS itemNames, state, decision, received_at AS receivedAt
       FROM cases WHERE clerk_id = ? AND received_on = ? ORDER BY received_at DESC, case_no DESC LIMIT ${listLimit}`,
    )
    .all(user.id, today) as HomeOverview['todayCases'];
  const deferred = db
    .prepare(
      `SELECT c.case_no AS caseNo, c.applicant_name AS applicantName, json_extract(m.spec, '$.name') AS materialName,
              m.supply_deadline AS deadline
       FROM case_materials m JOIN cases c ON c.case_no = m.case_no
       WHERE c.clerk_id = ? AND c.state IN ${openStatesSql} AND m.status = 'deferred'
       ORDER BY m.supply_deadline IS NULL, m.supply_deadline, c.case_no, m.position LIMIT ${listLimit}`,
    )
    .all(user.id) as Omit<HomeOverview['deferredDue'][number], 'overdue'>[];
  return {
    today,
    todayCases,
    dueSoon: mine.filter((row) => row.level === 'red' || row.level === 'yellow'),
    deferredDue: deferred.map((row) => ({ ...row, overdue: row.deadline !== null && row.deadline < today })),
    readyToHandOut: mine.filter((row) => row.state === 'decided'),
    unsentChanges: countPendingOutbox(db),
  };
}
