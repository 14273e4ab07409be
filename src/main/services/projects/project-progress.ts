import { z } from 'zod';
import { caseStates, type CaseState } from '../../../shared/intake/case-types';
import { itemProgress, stageStates } from '../../../shared/projects/board-rules';
import type { ChainTemplate } from '../../../shared/projects/chain-template';
import type { ItemProgressState, StageState } from '../../../shared/projects/project-views';
import type { Db } from '../../db/open-database';
import { loadCase, type LoadedCase } from '../lifecycle/lifecycle-repository';
import { linkedCases } from './project-repository';

const caseStateSchema = z.enum(caseStates);

export interface ItemCase {
  loaded: LoadedCase;
  state: CaseState;
  taskDone: boolean;
  promisedDate: string | null;
  decidedOn: string | null;
}

export interface ChainProgress {
  cases: LoadedCase[];
  /** Per template item code: the case that carries it now (the latest that did not end undecided). */
  itemCases: Map<string, ItemCase>;
  itemStates: Map<string, ItemProgressState>;
  stageStates: StageState[];
}

/** Where each item of the chain stands, from the cases registered for the project. */
export function readChainProgress(db: Db, template: ChainTemplate, projectNo: string): ChainProgress {
  const cases = linkedCases(db, projectNo).map((c) => loadCase(db, c.case_no));
  const itemCases = new Map<string, ItemCase>();
  const itemStates = new Map<string, ItemProgressState>();
  for (const loaded of cases) {
    const state = caseStateSchema.parse(loaded.kase.state);
    for (const task of loaded.tasks) {
      const taskDone = task.task_state === 'done';
      const progress = itemProgress(state, taskDone);
      const previous = itemStates.get(task.item_code);
      // A later case replaces an earlier one, unless the later one ended without a decision.
      if (previous !== undefined && previous !== 'not-started' && progress === 'not-started') continue;
      itemStates.set(task.item_code, progress);
      itemCases.set(task.item_code, {
        loaded,
        state,
        taskDone,
        promisedDate: task.promised_date,
        decidedOn: task.decision_date ?? loaded.kase.decided_on,
      });
    }
  }
  const stages = template.stages.map((stage) => ({
    finishBeforeNext: stage.finishBeforeNext,
    items: stage.itemCodes.map((code) => ({ state: itemStates.get(code) ?? ('not-started' as const) })),
  }));
  return { cases, itemCases, itemStates, stageStates: stageStates(stages) };
}
