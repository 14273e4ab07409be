import { hallDate } from '../../../shared/calendar/hall-date';
import { AppError } from '../../../shared/errors';
import type { CaseDetail, CaseState } from '../../../shared/intake/case-types';
import { isActive } from '../../../shared/lifecycle/case-transitions';
import { subtaskDueDate } from '../../../shared/lifecycle/clock-rules';
import type { CaseLifecycle } from '../../../shared/lifecycle/lifecycle-view';
import { itemWorkingDays } from '../cases/case-plan';
import { readCaseDetail } from '../cases/case-reader';
import { recordChange } from '../record-change';
import { itemLookup } from './case-clock';
import type { ChangeContext } from './change-context';
import { insertEvent, listPauses, loadCase, updateCase, updateTask } from './lifecycle-repository';
import { readLifecycle, toPause } from './lifecycle-reader';

/**
 * Stores the moved promised dates of a running case: each sub-task's date as the clock rules
 * give it today, the case's the latest of them. Finished cases keep the dates they finished with.
 */
export function refreshPromisedDates(ctx: ChangeContext, caseNo: string): void {
  const { db } = ctx;
  const { kase, tasks } = loadCase(db, caseNo);
  if (kase.accepted_on === null || !isActive(kase.state as CaseState)) return;
  const today = hallDate(ctx.now);
  const items = itemLookup(ctx.catalogue, today);
  const pauses = listPauses(db, caseNo).map(toPause);
  try {
    const dates = tasks.map((t) => {
      const item = items(t.item_code, t.item_version);
      const due = subtaskDueDate(ctx.calendar, { position: t.position, acceptedOn: kase.accepted_on!, plannedDays: itemWorkingDays(item), steps: item.specialSteps }, pauses, today);
      if (due !== t.promised_date) updateTask(db, caseNo, t.position, { promised_date: due });
      return due;
    });
    const latest = dates.reduce((a, b) => (a > b ? a : b));
    if (latest !== kase.promised_date) updateCase(db, caseNo, { promised_date: latest });
  } catch (error) {
    // Without the year's calendar the stored dates stay; the screens say why no date moves.
    if (!(error instanceof AppError) || error.code !== 'CALENDAR_MISSING') throw error;
  }
}

/** What the centre keeps of the lifecycle, beside the case: no per-user or per-day fields. */
function snapshotOf(lifecycle: CaseLifecycle) {
  return {
    subtasks: lifecycle.subtasks.map((t) => ({
      position: t.position,
      department: t.department,
      state: t.state,
      outcome: t.outcome,
      docNo: t.docNo,
      decidedOn: t.decidedOn,
      dueDate: t.dueDate,
    })),
    pauses: lifecycle.pauses.map(({ kind, position, stepName, from, to }) => ({ kind, position, stepName, from, to })),
    outcome: lifecycle.outcome,
    decidedOn: lifecycle.decidedOn,
    readyForCollection: lifecycle.readyForCollection,
    delivery: lifecycle.delivery,
    closedReason: lifecycle.closedReason,
    agent: lifecycle.agent && { staffNo: lifecycle.agent.staffNo, name: lifecycle.agent.name, mandate: lifecycle.agent.mandate },
    handovers: lifecycle.handovers,
  };
}

export interface CaseEvent {
  /** For the audit row, e.g. 'materials.supplied'. */
  kind: string;
  /** One line of the case's history, for the clerk. */
  summary: string;
  detail?: Record<string, unknown>;
  /** The centre's status updates are told apart from what the desk's users did. */
  fromCentre?: { department: string };
  /** false when nothing of the case changed (a status update that only adds to the history). */
  changed?: boolean;
  /** The outbox op and audit action when the change is not a lifecycle step (更正, 作废). */
  op?: 'case.corrected' | 'case.voided';
}

/**
 * The end of every lifecycle change, inside its transaction: the moved dates, the history line,
 * and the outbox event (op 'case.updated', the full CaseDetail with its lifecycle) with its audit
 * row, so the change, its sync event and its audit entry commit together or not at all.
 */
export function commitCaseChange(ctx: ChangeContext, caseNo: string, event: CaseEvent): CaseDetail {
  const { db } = ctx;
  const at = ctx.now.toISOString();
  refreshPromisedDates(ctx, caseNo);
  insertEvent(db, {
    case_no: caseNo,
    at,
    source: event.fromCentre ? 'centre' : 'desk',
    actor_id: ctx.user?.id ?? null,
    actor_name: event.fromCentre?.department ?? ctx.user?.name ?? null,
    summary: event.summary,
  });
  const detail = readCaseDetail(db, caseNo, ctx.hall);
  const auditDetail = { event: event.kind, summary: event.summary, ...event.detail };
  if (event.changed === false) return detail;
  const lifecycle = readLifecycle(ctx, caseNo, ctx.now, null);
  recordChange(db, {
    actor: ctx.user,
    at,
    action: event.op ?? 'case.updated',
    entity: 'case',
    entityId: caseNo,
    payload: { ...detail, lifecycle: snapshotOf(lifecycle) },
    auditDetail,
  });
  return detail;
}
