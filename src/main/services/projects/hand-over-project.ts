import type { z } from 'zod';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { projectHandoverInputSchema } from '../../../shared/projects/project-inputs';
import { projectEntity } from '../../../shared/projects/project-ops';
import { findActiveAgent, findAssignment, insertHandover, moveAssignment } from '../agents/agent-repository';
import type { ChangeContext } from '../lifecycle/change-context';
import { commitCaseChange } from '../lifecycle/commit-change';
import { recordChange } from '../record-change';
import { loadProject, projectRecord } from './project-record';
import { insertProjectHandover, linkedCases, updateProjectAgent } from './project-repository';

type HandoverInput = z.output<typeof projectHandoverInputSchema>;

/** Cases that still need an agent: everything not finished for good. */
const settledStates = ['delivered', 'refused', 'withdrawn', 'terminated', 'voided'];

/**
 * 项目交接: the project and its open cases go to another agent; the project's hand-over history
 * and each case's own hand-over record stay. An agent hands over only their own projects.
 */
export function handOverProject(ctx: ChangeContext & { user: SessionUser }, input: HandoverInput): void {
  const { db, user } = ctx;
  const at = ctx.now.toISOString();
  db.transaction(() => {
    const { project } = loadProject(db, input.projectNo);
    if (user.role === 'agent' && project.agent_id !== user.id) throw new AppError('FORBIDDEN', '代办员只能交接自己负责的项目', 'projectNo');
    const to = findActiveAgent(db, input.toAgentId);
    if (!to) throw new AppError('VALIDATION', '接手人不是在岗的代办员', 'toAgentId');
    if (to.id === project.agent_id) throw new AppError('VALIDATION', '接手的代办员与当前代办员相同', 'toAgentId');
    updateProjectAgent(db, project.project_no, to.id);
    insertProjectHandover(db, {
      projectNo: project.project_no,
      fromId: project.agent_id,
      toId: to.id,
      reason: input.reason,
      at,
      by: user.staffNo,
    });
    for (const linked of linkedCases(db, project.project_no)) {
      if (settledStates.includes(linked.state)) continue;
      const current = findAssignment(db, linked.case_no);
      if (!current || current.id === to.id) continue;
      moveAssignment(db, linked.case_no, to.id);
      insertHandover(db, {
        caseNo: linked.case_no,
        fromId: current.id,
        toId: to.id,
        reason: `项目交接：${input.reason}`,
        at,
        by: user.staffNo,
      });
      commitCaseChange(ctx, linked.case_no, {
        kind: 'agent.handed-over',
        summary: `代办交接（随项目 ${project.project_no}）：${current.name}（${current.staffNo}）→ ${to.name}（${to.staffNo}），原因：${input.reason}`,
        detail: { from: current.staffNo, to: to.staffNo, projectNo: project.project_no },
      });
    }
    recordChange(db, {
      actor: user,
      at,
      op: 'project.handed-over',
      entity: projectEntity,
      entityId: project.project_no,
      payload: projectRecord(db, project.project_no),
      auditDetail: { from: project.agent_staff_no, to: to.staffNo, reason: input.reason },
    });
  }).immediate();
}
