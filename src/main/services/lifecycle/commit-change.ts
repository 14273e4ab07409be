import type { CaseDetail } from '../../../shared/intake/case-types';
import type { CaseLifecycle } from '../../../shared/lifecycle/lifecycle-view';
import { readCaseDetail } from '../cases/case-reader';
import { recordChange } from '../record-change';
import type { ChangeContext } from './change-context';
import { insertEvent } from './lifecycle-repository';
import { readLifecycle } from './lifecycle-reader';
import { refreshPromisedDates } from './promised-dates';

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
    // requestedBy: the centre tells when a department's own 补正 is over (src/central/workbench/materials-requests.ts).
    pauses: lifecycle.pauses.map(({ kind, position, stepName, from, to, requestedBy }) => ({
      kind,
      position,
      stepName,
      from,
      to,
      requestedBy,
    })),
    outcome: lifecycle.outcome,
    decidedOn: lifecycle.decidedOn,
    // The centre's board counts on-time and days used of a paused case from these (as the desk's report does).
    clock: { dueDate: lifecycle.clock.dueDate, extensionDays: lifecycle.clock.extensionDays },
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
    op: event.op ?? 'case.updated',
    entity: 'case',
    entityId: caseNo,
    payload: { ...detail, lifecycle: snapshotOf(lifecycle) },
    auditDetail,
  });
  return detail;
}
