import { hallDate } from '../../../shared/calendar/hall-date';
import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { SessionUser } from '../../../shared/contract/user-types';
import { materialSpecSchema } from '../../../shared/intake/case-types';
import type { Pause } from '../../../shared/lifecycle/clock-rules';
import { pausedWorkingDays } from '../../../shared/lifecycle/clock-rules';
import { deliverySchema, type CaseLifecycle, type DeferredState, type OwedMaterial } from '../../../shared/lifecycle/lifecycle-view';
import { missingOf, nextStepOf } from '../../../shared/lifecycle/next-step';
import type { Db } from '../../db/open-database';
import { parseJsonColumn } from '../../db/parse-row';
import { findAssignment, listHandovers } from '../agents/agent-repository';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { readYellowDays } from '../supervision/supervision-settings';
import { actionFactsOf } from './action-facts';
import { allowedActions } from './allowed-actions';
import { computeCaseClock, itemLookup, type ItemLookup } from './case-clock';
import { findDelivery, listEvents, listPauses, loadCase, type MaterialRow, type PauseRow } from './lifecycle-repository';

export interface LifecycleDeps {
  db: Db;
  calendar: WorkingDayCalendar;
  catalogue: CatalogueService;
}

export function toPause(row: PauseRow): Pause {
  return { kind: row.kind, position: row.position, stepName: row.step_name, from: row.from_date, to: row.to_date };
}

/** Lines owed (missing at intake, 容缺, asked again in a 补正) and lines that came later. */
export function owedMaterials(rows: readonly MaterialRow[], today: string): OwedMaterial[] {
  return rows
    .filter((m) => m.status === 'missing' || m.status === 'deferred' || m.supplied_on !== null)
    .map((m) => {
      const spec = parseJsonColumn(materialSpecSchema, m.spec, '材料');
      return {
        key: m.material_key,
        name: spec.name,
        necessity: spec.necessity,
        status: m.status as OwedMaterial['status'],
        originals: spec.originals,
        copies: spec.copies,
        receivedOriginals: m.received_originals,
        receivedCopies: m.received_copies,
        supplyDeadline: m.supply_deadline,
        suppliedOn: m.supplied_on,
        overdue: m.status === 'deferred' && m.supply_deadline !== null && m.supply_deadline < today,
      };
    });
}

export function deferredStateOf(rows: readonly MaterialRow[], today: string): DeferredState {
  const deferred = rows.filter((m) => m.supply_deadline !== null);
  if (deferred.length === 0) return 'none';
  const owed = deferred.filter((m) => m.status === 'deferred');
  if (owed.length === 0) return 'supplied';
  return owed.some((m) => m.supply_deadline! < today) ? 'overdue' : 'pending';
}

/** The whole lifecycle of one case as `user` sees it today (null: the payload sent to the centre). */
export function readLifecycle(deps: LifecycleDeps, caseNo: string, now: Date, user: SessionUser | null, items?: ItemLookup): CaseLifecycle {
  const { db } = deps;
  const today = hallDate(now);
  const { kase, tasks, materials } = loadCase(db, caseNo);
  const pauseRows = listPauses(db, kase.case_no);
  const state = kase.state;
  const lookup = items ?? itemLookup(deps.catalogue, today);
  const { clock, tasks: taskClocks } = computeCaseClock({
    state,
    acceptedOn: kase.accepted_on,
    storedPromisedDate: kase.promised_date,
    tasks: tasks.map((t) => ({
      position: t.position,
      itemCode: t.item_code,
      itemVersion: t.item_version,
      done: t.task_state === 'done',
      cutDays: t.promise_cut_days,
    })),
    pauses: pauseRows.map(toPause),
    items: lookup,
    calendar: deps.calendar,
    today,
    yellowDays: readYellowDays(db),
  });
  const materialsRequestedBy =
    state === 'awaiting-materials'
      ? (pauseRows.find((p) => p.kind === 'awaiting-materials' && p.to_date === null)?.requested_by ?? null)
      : null;
  const subtasks = tasks.map((t) => {
    const c = taskClocks.get(t.position);
    return {
      position: t.position,
      itemCode: t.item_code,
      itemName: t.item_name,
      department: t.department,
      state: t.task_state,
      outcome: t.task_outcome,
      docNo: t.decision_doc_no,
      decidedOn: t.decision_date,
      decidedBy: t.decided_by,
      note: t.task_note,
      partial: t.decision_partial === 1,
      resultFileSha256: t.result_file_sha256,
      awaitingMaterials: t.task_state !== 'done' && materialsRequestedBy === t.department,
      dueDate: c?.dueDate ?? t.promised_date,
      remainingWorkingDays: c?.remaining ?? null,
      level: c?.level ?? null,
      steps: c?.steps ?? [],
    };
  });
  const owed = owedMaterials(materials, today);
  const deferred = deferredStateOf(materials, today);
  const agent = findAssignment(db, kase.case_no);
  const delivery = findDelivery(db, kase.case_no);
  const facts = actionFactsOf(db, { kase, tasks, materials }, lookup);
  return {
    caseNo: kase.case_no,
    today,
    state,
    decision: kase.decision as CaseLifecycle['decision'],
    applicantName: kase.applicant_name,
    itemNames: kase.item_names,
    clerk: { staffNo: kase.clerk_staff_no, name: kase.clerk_name },
    acceptedOn: kase.accepted_on,
    promisedDate: kase.promised_date,
    clock,
    subtasks,
    materials: owed,
    deferred,
    pauses: pauseRows.map((p) => ({
      ...toPause(p),
      workingDays: safeDays(() => pausedWorkingDays(deps.calendar, toPause(p), today)),
      note: p.note,
      requestedBy: p.requested_by,
    })),
    materialsRequestedBy,
    outcome: kase.outcome,
    decidedOn: kase.decided_on,
    readyForCollection: kase.ready_for_collection === 1,
    delivery: delivery ? parseJsonColumn(deliverySchema, delivery, '出件记录') : null,
    closedReason: kase.closed_reason,
    agent,
    handovers: listHandovers(db, kase.case_no),
    history: listEvents(db, kase.case_no).map((e) => ({ seq: e.seq, at: e.at, source: e.source, actor: e.actor_name, summary: e.summary })),
    actions: allowedActions(user, facts),
    nextStep: nextStepOf({
      state,
      acceptedOn: kase.accepted_on,
      subtasks,
      materials: owed,
      deferred,
      readyForCollection: kase.ready_for_collection === 1,
    }),
    missing: missingOf(owed),
  };
}

function safeDays(count: () => number): number {
  try {
    return count();
  } catch {
    return 0;
  }
}
