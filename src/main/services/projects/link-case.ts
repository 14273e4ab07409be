import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { ApplicantRecord } from '../../../shared/intake/case-types';
import { stageOrderProblem } from '../../../shared/projects/board-rules';
import { projectEntity } from '../../../shared/projects/project-ops';
import type { Db } from '../../db/open-database';
import { insertAssignment } from '../agents/agent-repository';
import { actorLabel } from '../lifecycle/change-context';
import { recordChange } from '../record-change';
import { readChainProgress } from './project-progress';
import { loadProject, projectRecord } from './project-record';
import { insertProjectCase } from './project-repository';

export interface CaseForProject {
  caseNo: string;
  projectNo: string;
  itemCodes: readonly string[];
  applicant: ApplicantRecord;
  actor: SessionUser;
  at: string;
}

/**
 * Links a case being registered to its 全程代办 project, inside the registration's transaction:
 * the applicant must be the project's enterprise, the items one stage of its chain that is open
 * (earlier stages that must finish first have finished) and not already under way. The case goes
 * to the project's agent under the project's 全程代办委托书 (free of charge).
 */
export function linkCaseToProject(db: Db, link: CaseForProject): void {
  if (!db.inTransaction) throw new Error('linkCaseToProject must run inside the registration transaction');
  const { project, template } = loadProject(db, link.projectNo);
  if (link.applicant.kind !== 'enterprise' || link.applicant.idNumber !== project.enterprise_credit_code) {
    throw new AppError('VALIDATION', `申请人应为项目单位“${project.enterprise_name}”（${project.enterprise_credit_code}）`, 'projectNo');
  }
  const stageIndexes = new Set(link.itemCodes.map((code) => template.stages.findIndex((s) => s.itemCodes.includes(code))));
  if (stageIndexes.has(-1)) {
    const outside = link.itemCodes.filter((code) => !template.stages.some((s) => s.itemCodes.includes(code)));
    throw new AppError('VALIDATION', `事项 ${outside.join('、')} 不在“${template.name}”的审批链条中`, 'itemCodes');
  }
  if (stageIndexes.size > 1) throw new AppError('VALIDATION', '一个案件只能申报同一阶段的事项', 'itemCodes');
  const progress = readChainProgress(db, template, link.projectNo);
  for (const code of link.itemCodes) {
    const problem = stageOrderProblem(template.stages, progress.stageStates, code);
    if (problem) throw new AppError('VALIDATION', problem, 'itemCodes');
    const current = progress.itemCases.get(code);
    if (current && progress.itemStates.get(code) !== 'not-started') {
      throw new AppError('VALIDATION', `该项目的事项 ${code} 已在案件 ${current.loaded.kase.case_no} 中办理`, 'itemCodes');
    }
  }
  const stageIndex = [...stageIndexes][0]!;
  insertProjectCase(db, { caseNo: link.caseNo, projectNo: link.projectNo, stageIndex, at: link.at });
  insertAssignment(db, {
    caseNo: link.caseNo,
    agentId: project.agent_id,
    mandate: {
      principal: project.enterprise_name,
      principalPhone: link.applicant.phone,
      scope: `全程代办项目“${project.name}”（${project.project_no}，委托书 ${project.mandate_no}）`,
      signedOn: project.mandate_signed_on,
    },
    at: link.at,
    by: actorLabel(link.actor),
  });
  recordChange(db, {
    actor: link.actor,
    at: link.at,
    op: 'project.case-linked',
    entity: projectEntity,
    entityId: link.projectNo,
    payload: projectRecord(db, link.projectNo),
    auditDetail: { caseNo: link.caseNo, stage: template.stages[stageIndex]!.name },
  });
}
