import { chainWorkingDays, type ClockSpan } from '../../../shared/projects/chain-days';
import { nextSteps, projectWarnings, stageLevel } from '../../../shared/projects/board-rules';
import type { ChainTemplate } from '../../../shared/projects/chain-template';
import type { BoardItem, BoardStage, MissingMaterial, ProjectBoard, ProjectSummary } from '../../../shared/projects/project-views';
import type { Db } from '../../db/open-database';
import { listPauses, type LoadedCase } from '../lifecycle/lifecycle-repository';
import { clockRows, type RowDeps } from '../supervision/case-rows';
import { readChainProgress, type ChainProgress } from './project-progress';
import { loadProject } from './project-record';
import { listProjectHandovers, type ProjectRow } from './project-repository';

/** A case under the chain clock: accepted, and not refused or voided (never the hall's time). */
function clockSpan(db: Db, loaded: LoadedCase): ClockSpan | null {
  const { kase } = loaded;
  if (kase.accepted_on === null || kase.state === 'voided' || kase.state === 'refused') return null;
  const all = listPauses(db, kase.case_no);
  const pauses = all
    .filter((p) => p.kind === 'awaiting-materials' && p.position === null)
    .map((p) => ({ from: p.from_date, to: p.to_date }));
  const stepPauses = loaded.tasks.map((task) =>
    all.filter((p) => p.kind === 'special-step' && p.position === task.position).map((p) => ({ from: p.from_date, to: p.to_date })),
  );
  return { from: kase.accepted_on, to: kase.decided_on ?? kase.closed_on, pauses, stepPauses };
}

/** Working days the chain has used so far, paused time excluded (chain-days.ts). */
export function chainDaysUsed(deps: RowDeps, progress: ChainProgress, today: string): number {
  const spans = progress.cases.map((c) => clockSpan(deps.db, c)).filter((s): s is ClockSpan => s !== null);
  return chainWorkingDays(deps.calendar, spans, today);
}

function boardStages(deps: RowDeps, template: ChainTemplate, progress: ChainProgress, today: string): BoardStage[] {
  const rows = new Map(
    clockRows(
      deps,
      progress.cases.map((c) => c.kase),
      today,
    ).map((r) => [r.caseNo, r]),
  );
  return template.stages.map((stage, index) => {
    const items: BoardItem[] = stage.itemCodes.map((code) => {
      const item = deps.catalogue.get(code, today);
      const carried = progress.itemCases.get(code);
      const state = progress.itemStates.get(code) ?? 'not-started';
      const caseNo = carried?.loaded.kase.case_no ?? null;
      const running = state === 'accepted' || state === 'awaiting-materials';
      return {
        code,
        name: item.name,
        department: item.department,
        promisedDays: item.promisedDays,
        state,
        caseNo,
        caseState: carried?.state ?? null,
        promisedDate: carried?.promisedDate ?? null,
        decidedOn: state === 'decided' ? (carried?.decidedOn ?? null) : null,
        level: running && caseNo !== null ? (rows.get(caseNo)?.level ?? null) : null,
      };
    });
    return {
      name: stage.name,
      finishBeforeNext: stage.finishBeforeNext,
      state: progress.stageStates[index]!,
      items,
      level: stageLevel(items),
    };
  });
}

function missingAcrossChain(deps: RowDeps, progress: ChainProgress, today: string): MissingMaterial[] {
  const open = progress.cases.filter((c) => ['accepted', 'awaiting-materials', 'in-progress', 'decided'].includes(c.kase.state));
  return clockRows(
    deps,
    open.map((c) => c.kase),
    today,
  ).flatMap((row) => row.missing.map((material) => ({ caseNo: row.caseNo, itemNames: row.itemNames, material })));
}

function summaryOf(project: ProjectRow, template: ChainTemplate, stages: BoardStage[], daysUsed: number): ProjectSummary {
  const { level } = projectWarnings(stages, daysUsed, project.target_days);
  return {
    projectNo: project.project_no,
    kind: project.kind,
    kindName: template.name,
    name: project.name,
    enterpriseCreditCode: project.enterprise_credit_code,
    enterpriseName: project.enterprise_name,
    location: project.location,
    agent: { id: project.agent_id, staffNo: project.agent_staff_no, name: project.agent_name },
    mandateNo: project.mandate_no,
    mandateSignedOn: project.mandate_signed_on,
    targetDays: project.target_days,
    createdAt: project.created_at,
    daysUsed,
    level,
    finished: stages.every((s) => s.state === 'done'),
    currentStage: stages.find((s) => s.state === 'open')?.name ?? null,
  };
}

/** The agent's project board: stages as columns, next steps, what is missing, days against the target. */
export function readProjectBoard(deps: RowDeps, projectNo: string, today: string): ProjectBoard {
  const { project, template } = loadProject(deps.db, projectNo);
  const progress = readChainProgress(deps.db, template, projectNo);
  const stages = boardStages(deps, template, progress, today);
  const daysUsed = chainDaysUsed(deps, progress, today);
  const statutoryDays = template.stages
    .flatMap((s) => s.itemCodes)
    .reduce((sum, code) => sum + deps.catalogue.get(code, today).statutoryDays, 0);
  return {
    project: summaryOf(project, template, stages, daysUsed),
    today,
    stages,
    nextSteps: nextSteps(stages),
    missing: missingAcrossChain(deps, progress, today),
    warnings: projectWarnings(stages, daysUsed, project.target_days).warnings,
    statutoryDays,
    handovers: listProjectHandovers(deps.db, projectNo),
  };
}

export function readProjectSummary(deps: RowDeps, projectNo: string, today: string): ProjectSummary {
  return readProjectBoard(deps, projectNo, today).project;
}
