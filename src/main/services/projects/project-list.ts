import type { z } from 'zod';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { projectListInputSchema } from '../../../shared/projects/project-inputs';
import type { ProjectSummary } from '../../../shared/projects/project-views';
import { levelRank } from '../../../shared/lifecycle/warning-level';
import type { RowDeps } from '../supervision/case-rows';
import { readProjectSummary } from './project-board';
import { listProjectRows } from './project-repository';

type ListInput = z.output<typeof projectListInputSchema>;

/**
 * Projects by agent, kind and risk: an agent sees their own; a supervisor or administrator all of
 * them, riskiest first.
 */
export function listProjects(deps: RowDeps, user: SessionUser, filter: ListInput, today: string): ProjectSummary[] {
  const agentId = user.role === 'agent' ? user.id : filter.agentId;
  return listProjectRows(deps.db, { agentId, kind: filter.kind })
    .map((row) => readProjectSummary(deps, row.project_no, today))
    .filter((p) => filter.level === undefined || p.level === filter.level)
    .sort(
      (a, b) =>
        Number(a.finished) - Number(b.finished) || levelRank(a.level) - levelRank(b.level) || a.projectNo.localeCompare(b.projectNo),
    );
}
