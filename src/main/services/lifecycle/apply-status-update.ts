import { hallDate } from '../../../shared/calendar/hall-date';
import type { CaseState } from '../../../shared/intake/case-types';
import { mayTransition, transitionProblem } from '../../../shared/lifecycle/case-transitions';
import { departmentEffect } from '../../../shared/lifecycle/department-progress';
import type { Delivery } from '../../../shared/lifecycle/lifecycle-view';
import { maySubtaskMove } from '../../../shared/lifecycle/subtask-states';
import type { CaseStatusBody } from '../../../shared/sync/protocol';
import type { Db } from '../../db/open-database';
import type { CalendarService } from '../calendar/calendar-service';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { readHall } from '../settings/hall-settings';
import type { ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { closePause, findLoadedCase, insertDelivery, listPauses, updateCase, updateTask, type LoadedCase } from './lifecycle-repository';
import { closeOpenPauses, settleCase } from './settle-case';
import { applyMaterialsRequest, applySpecialStep, departmentTasksOf, wordDetailText, type Moved } from './department-actions';

/** A pulled `case-status` body with the cursor it came under. */
export type StatusUpdate = CaseStatusBody & { cursor: number };

const tookStates: readonly CaseState[] = ['accepted', 'in-progress', 'awaiting-materials', 'decided'];

function dayOf(instant: string, fallback: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? fallback : hallDate(date);
}

function moveCase(ctx: ChangeContext, loaded: LoadedCase, update: StatusUpdate, to: 'delivered' | 'terminated', today: string): Moved {
  const state = loaded.kase.state;
  if (!mayTransition(state, to)) return { changed: false, why: `${transitionProblem(state, to)}，案件状态未变` };
  if (to === 'delivered') {
    const record: Delivery = {
      method: 'department',
      recipient: loaded.kase.applicant_name,
      recipientKind: 'applicant',
      recipientIdNumber: '',
      proxyReason: '',
      documents: update.note || '办理结果',
      phone: null,
      address: null,
      trackingNo: null,
      signed: true,
      releasedBy: update.department,
      deliveredAt: update.updatedAt,
    };
    insertDelivery(ctx.db, loaded.kase.case_no, record, ctx.now.toISOString());
    updateCase(ctx.db, loaded.kase.case_no, { state: 'delivered' });
  } else {
    closeOpenPauses(ctx.db, loaded.kase.case_no, today);
    updateCase(ctx.db, loaded.kase.case_no, {
      state: 'terminated',
      closed_reason: update.note || `${update.department}终止办理`,
      closed_on: today,
      resume_state: null,
    });
  }
  return { changed: true, why: '' };
}

function moveTasks(ctx: ChangeContext, loaded: LoadedCase, update: StatusUpdate, today: string): Moved {
  const effect = departmentEffect(update.state);
  if (!effect || effect.kind !== 'task') return { changed: false, why: '本机无法识别该状态，案件状态未变' };
  const { kase } = loaded;
  if (kase.accepted_on === null || !tookStates.includes(kase.state)) {
    return { changed: false, why: '案件尚未受理或已结束，案件状态未变' };
  }
  const mine = departmentTasksOf(loaded, update);
  if (mine.length === 0) return { changed: false, why: `本案件没有“${update.department}”的子任务，案件状态未变` };
  const decision = effect.to === 'done' ? update.decision : undefined;
  let changed = false;
  for (const task of mine) {
    const from = task.task_state;
    const fillsOutcome = from === effect.to && effect.outcome !== null && task.task_outcome === null;
    const fillsDocument = from === 'done' && decision !== undefined && task.decision_doc_no === null;
    if (!fillsOutcome && !fillsDocument && !maySubtaskMove(from, effect.to)) continue;
    const done = effect.to === 'done';
    updateTask(ctx.db, kase.case_no, task.position, {
      task_state: effect.to,
      task_outcome: task.task_outcome ?? effect.outcome,
      decision_partial: task.task_outcome === null && effect.partial ? 1 : task.decision_partial,
      decision_doc_no: task.decision_doc_no ?? decision?.documentNo ?? null,
      decision_date: done ? (task.decision_date ?? decision?.decidedOn ?? dayOf(update.updatedAt, today)) : task.decision_date,
      result_file_sha256: task.result_file_sha256 ?? decision?.resultFileSha256 ?? null,
      decided_by: done ? (task.decided_by ?? update.department) : task.decided_by,
      task_note: update.note || task.task_note,
    });
    if (done) {
      for (const pause of listPauses(ctx.db, kase.case_no)) {
        if (pause.kind === 'special-step' && pause.position === task.position && pause.to_date === null)
          closePause(ctx.db, pause.id, today);
      }
    }
    changed = true;
  }
  if (effect.readyForCollection && kase.ready_for_collection === 0) {
    updateCase(ctx.db, kase.case_no, { ready_for_collection: 1 });
    changed = true;
  }
  return changed ? { changed, why: '' } : { changed, why: '子任务状态未变' };
}

function moveByEffect(ctx: ChangeContext, loaded: LoadedCase, update: StatusUpdate, today: string): Moved {
  const effect = departmentEffect(update.state);
  if (effect?.kind === 'case') return moveCase(ctx, loaded, update, effect.to, today);
  if (effect?.kind === 'materials') return applyMaterialsRequest(ctx, loaded, update, today);
  if (effect?.kind === 'special-step') return applySpecialStep(ctx, loaded, update, effect.action, today);
  return moveTasks(ctx, loaded, update, today);
}

/**
 * A department's word on a case, pulled from the centre: it moves that department's sub-tasks
 * and, through them, the case; the history records it either way. Runs inside the pull's
 * transaction; the caller applies each cursor once. A case another desk of the hall holds is
 * not here, and is left alone.
 */
export function applyStatusUpdate(
  db: Db,
  services: { catalogue: CatalogueService; calendar: CalendarService },
  update: StatusUpdate,
  at: string,
): void {
  const loaded = findLoadedCase(db, update.caseNo);
  const hall = readHall(db);
  if (!loaded || !hall) return;
  const now = new Date(at);
  const today = hallDate(now);
  const ctx: ChangeContext = { db, hall, calendar: services.calendar.get(), catalogue: services.catalogue, now, user: null };
  const moved = moveByEffect(ctx, loaded, update, today);
  if (moved.changed) settleCase(db, loaded.kase.case_no, today);
  commitCaseChange(ctx, loaded.kase.case_no, {
    kind: 'case.status-applied',
    summary: `${update.department}：${update.stateLabel}${wordDetailText(update)}${moved.why ? `；${moved.why}` : ''}`,
    detail: { cursor: update.cursor, state: update.state, department: update.department, wordId: update.wordId ?? null },
    fromCentre: { department: update.department },
    changed: moved.changed,
  });
}
