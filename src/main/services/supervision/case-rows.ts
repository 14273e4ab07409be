import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import { missingOf, nextStepOf } from '../../../shared/lifecycle/next-step';
import { levelRank } from '../../../shared/lifecycle/warning-level';
import type { Db } from '../../db/open-database';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { computeCaseClock, itemLookup } from '../lifecycle/case-clock';
import type { LifecycleCaseRow } from '../lifecycle/lifecycle-repository';
import { deferredStateOf, owedMaterials, toPause } from '../lifecycle/lifecycle-reader';
import { listCaseChildRows } from './supervision-queries';
import { readYellowDays } from './supervision-settings';

export interface RowDeps {
  db: Db;
  calendar: WorkingDayCalendar;
  catalogue: CatalogueService;
}

function groupBy<T extends { case_no: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.case_no);
    if (list) list.push(row);
    else map.set(row.case_no, [row]);
  }
  return map;
}

/**
 * One list row per case, with its clock from the same working-day engine as the promised
 * dates: child rows are read in one query each, whatever the number of cases.
 */
export function clockRows(deps: RowDeps, cases: readonly LifecycleCaseRow[], today: string): CaseClockRow[] {
  if (cases.length === 0) return [];
  const { db } = deps;
  const children = listCaseChildRows(
    db,
    cases.map((c) => c.case_no),
  );
  const tasks = groupBy(children.tasks);
  const pauses = groupBy(children.pauses);
  const materials = groupBy(children.materials);
  const agents = new Map(children.agents.map((r) => [r.case_no, r.name]));
  const items = itemLookup(deps.catalogue, today);
  const yellowDays = readYellowDays(db);
  return cases.map((kase) => {
    const caseTasks = tasks.get(kase.case_no) ?? [];
    const state = kase.state;
    const { clock, tasks: taskClocks } = computeCaseClock({
      state,
      acceptedOn: kase.accepted_on,
      storedPromisedDate: kase.promised_date,
      tasks: caseTasks.map((t) => ({
        position: t.position,
        itemCode: t.item_code,
        itemVersion: t.item_version,
        done: t.task_state === 'done',
        cutDays: t.promise_cut_days,
      })),
      pauses: (pauses.get(kase.case_no) ?? []).map(toPause),
      items,
      calendar: deps.calendar,
      today,
      yellowDays,
    });
    const open = caseTasks.filter((t) => t.task_state !== 'done');
    const atLevel =
      clock.level === null || clock.level === 'normal' ? open : open.filter((t) => taskClocks.get(t.position)?.level === clock.level);
    const owed = owedMaterials(materials.get(kase.case_no) ?? [], today);
    return {
      caseNo: kase.case_no,
      state,
      applicantName: kase.applicant_name,
      itemNames: kase.item_names,
      clerkStaffNo: kase.clerk_staff_no,
      clerkName: kase.clerk_name,
      departments: [...new Set(atLevel.map((t) => t.department))],
      acceptedOn: kase.accepted_on,
      dueDate: clock.dueDate,
      dueDateProvisional: clock.provisional,
      remainingWorkingDays: clock.remainingWorkingDays,
      level: clock.level,
      paused: clock.paused,
      agentName: agents.get(kase.case_no) ?? null,
      nextStep: nextStepOf({
        state,
        acceptedOn: kase.accepted_on,
        subtasks: caseTasks.map((t) => ({ state: t.task_state, department: t.department })),
        materials: owed,
        deferred: deferredStateOf(materials.get(kase.case_no) ?? [], today),
        readyForCollection: kase.ready_for_collection === 1,
      }),
      missing: missingOf(owed),
    };
  });
}

/** Red first, then yellow, then normal, then cases off the clock; the least time left first. */
export function byUrgency(a: CaseClockRow, b: CaseClockRow): number {
  return (
    levelRank(a.level) - levelRank(b.level) ||
    (a.remainingWorkingDays ?? Number.MAX_SAFE_INTEGER) - (b.remainingWorkingDays ?? Number.MAX_SAFE_INTEGER) ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.caseNo.localeCompare(b.caseNo)
  );
}
