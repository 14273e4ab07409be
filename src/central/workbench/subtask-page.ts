import { z } from 'zod';
import { hallDate } from '../../shared/calendar/hall-date';
import { AppError } from '../../shared/errors';
import { caseMaterialSchema } from '../../shared/intake/case-types';
import type { CentreUser } from '../accounts/centre-user';
import type { HistoryLine, SubtaskPage, subtaskKeySchema } from '../contract/workbench-contract';
import type { Sql, SqlQueries } from '../db/sql';
import { settleProjections } from '../sync/settle-projections';
import { departmentDecisionSchema, parsePayloadJson } from '../../shared/sync/protocol';
import { centreCalendar } from './centre-calendar';
import { actionsOfCase } from './review-queries';
import type { RecordedAction } from './review-queries';
import { departmentWorksCase, latestCasePayload, subtaskByKey, subtasksOfCase } from './subtask-queries';
import { parseSubtaskRows, toQueueRow } from './subtask-row';
import type { SubtaskRow } from './subtask-row';
import { inScope, workbenchScope, worksSubtask } from './workbench-scope';

/** What the page reads of the case payload; a field it cannot read is shown empty, never fails the page. */
const pagePayloadSchema = z.object({
  receivedAt: z.string().catch(''),
  note: z.string().nullable().catch(null),
  applicant: z
    .object({ kind: z.string(), name: z.string(), idNumber: z.string(), phone: z.string() })
    .catch({ kind: 'person', name: '', idNumber: '', phone: '' }),
  materials: z.array(caseMaterialSchema).catch([]),
  lifecycle: z
    .object({
      pauses: z
        .array(z.object({ kind: z.string(), stepName: z.string().nullable(), from: z.string(), to: z.string().nullable() }))
        .catch([]),
      delivery: z.object({ deliveredAt: z.string() }).nullable().catch(null),
    })
    .optional()
    .catch(undefined),
});

/** A decide action's recorded detail (the word it published). */
const decidedWithSchema = z.object({ decision: departmentDecisionSchema });

type KeyInput = z.output<typeof subtaskKeySchema>;

/** The sub-task page: the case, this item's material lines and pages, the window's note, the history, and what the account may do. */
export async function readSubtaskPage(sql: Sql, user: CentreUser, key: KeyInput, now: Date = new Date()): Promise<SubtaskPage> {
  await settleProjections(sql, key.hallCode);
  const row = parseSubtaskRows(await subtaskByKey(sql, key.hallCode, key.caseNo, key.position))[0];
  if (row === undefined || !inScope(workbenchScope(user), row.hall_code, row.department)) {
    throw new AppError('NOT_FOUND', '没有找到该子任务，或当前账号无权查看');
  }
  const calendar = await centreCalendar(sql);
  const today = hallDate(now);
  const siblings = parseSubtaskRows(await subtasksOfCase(sql, row.hall_code, row.case_no));
  const stored = await latestCasePayload(sql, row.hall_code, row.case_no);
  const payload = pagePayloadSchema.parse(stored?.payload == null ? {} : (parsePayloadJson(stored.payload) ?? {}));
  const actions = await actionsOfCase(sql, row.hall_code, row.case_no);
  const running = [...actions].reverse().find((a) => a.position === row.position && a.action.startsWith('special-step'));
  return {
    subtask: toQueueRow(row, calendar, today),
    siblings: siblings.map((s) => toQueueRow(s, calendar, today)),
    applicant: payload.applicant,
    deskNo: stored?.desk_no ?? '',
    receivedAt: payload.receivedAt === '' ? null : payload.receivedAt,
    materials: payload.materials.filter((m) => m.forItems.length === 0 || m.forItems.includes(row.item_code)),
    note: payload.note,
    history: historyOf(payload, siblings, actions),
    actions: allowedActions(user, row),
    runningSpecialStep: row.review_state === 'special-step' && running?.action === 'special-step-start' ? specialStepName(running) : null,
    resultFileSha256: resultFileOf(actions.find((a) => a.position === row.position && a.action === 'decide')),
  };
}

/** A department reviewer may open a case's pages when their department works one of its sub-tasks (for GET /v1/pages). */
export async function departmentMayReadCase(sql: SqlQueries, user: CentreUser, hallCode: string, caseNo: string): Promise<boolean> {
  if (user.role !== 'department-reviewer' || user.department === null) return false;
  if (user.hallCode !== null && user.hallCode !== hallCode) return false;
  return departmentWorksCase(sql, user.department, hallCode, caseNo);
}

function allowedActions(user: CentreUser, row: SubtaskRow): SubtaskPage['actions'] {
  if (!worksSubtask(user, row.hall_code, row.department) || !row.is_open) return [];
  switch (row.review_state) {
    case 'waiting':
      return ['start', 'request-materials', 'decide'];
    case 'in-review':
      return ['request-materials', 'special-step-start', 'decide'];
    case 'special-step':
      return ['special-step-end'];
    default:
      return [];
  }
}

function resultFileOf(decided: RecordedAction | undefined): string | null {
  const parsed = decidedWithSchema.safeParse(decided?.detail);
  return parsed.success ? (parsed.data.decision.resultFileSha256 ?? null) : null;
}

function specialStepName(action: RecordedAction): string | null {
  const step = action.detail.specialStep;
  return typeof step === 'object' && step !== null && 'kind' in step && typeof step.kind === 'string' ? step.kind : null;
}

/** The window's milestones from the case as the desk last sent it, and every department action, in time order. */
function historyOf(
  payload: z.output<typeof pagePayloadSchema>,
  siblings: readonly SubtaskRow[],
  actions: readonly RecordedAction[],
): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const desk = (at: string, summary: string) => lines.push({ at, source: 'desk', actor: null, summary });
  if (payload.receivedAt !== '') desk(payload.receivedAt, '窗口受理');
  for (const pause of payload.lifecycle?.pauses ?? []) {
    const what = pause.kind === 'special-step' ? `特殊环节（${pause.stepName ?? ''}）` : '待补正，暂停计时';
    desk(`${pause.from}T00:00:00+08:00`, `${what}开始`);
    if (pause.to !== null) desk(`${pause.to}T00:00:00+08:00`, `${what}结束`);
  }
  for (const task of siblings) {
    if (task.task_state === 'done' && task.decided_on !== null)
      desk(`${task.decided_on}T00:00:00+08:00`, `${task.department}：${task.item_name} 已办结`);
  }
  if (payload.lifecycle?.delivery) desk(payload.lifecycle.delivery.deliveredAt, '已出件');
  for (const a of actions) {
    const summary = typeof a.detail.summary === 'string' ? a.detail.summary : a.action;
    lines.push({ at: a.acted_at.toISOString(), source: 'centre', actor: `${a.department} ${a.actor_name}`, summary });
  }
  return lines.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
}
