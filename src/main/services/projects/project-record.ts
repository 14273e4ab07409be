import { AppError } from '../../../shared/errors';
import type { ChainTemplate } from '../../../shared/projects/chain-template';
import type { Db } from '../../db/open-database';
import { findProject, linkedCases, listProjectHandovers, templateOf, type ProjectRow } from './project-repository';

export function loadProject(db: Db, projectNo: string): { project: ProjectRow; template: ChainTemplate } {
  const project = findProject(db, projectNo);
  if (!project) throw new AppError('NOT_FOUND', `代办项目 ${projectNo} 不存在`, 'projectNo');
  const template = templateOf(db, project.kind, project.template_version);
  if (!template) throw new AppError('NOT_FOUND', `项目模板 ${project.kind} 第 ${project.template_version} 版不存在`, 'projectNo');
  return { project, template };
}

/** What the centre receives for a project: the record as it stands after the change. */
export function projectRecord(db: Db, projectNo: string): Record<string, unknown> {
  const { project } = loadProject(db, projectNo);
  return {
    projectNo: project.project_no,
    kind: project.kind,
    templateVersion: project.template_version,
    name: project.name,
    enterprise: { creditCode: project.enterprise_credit_code, name: project.enterprise_name },
    location: project.location,
    agent: { staffNo: project.agent_staff_no, name: project.agent_name },
    mandate: { no: project.mandate_no, signedOn: project.mandate_signed_on },
    targetDays: project.target_days,
    createdAt: project.created_at,
    cases: linkedCases(db, projectNo).map((c) => ({ caseNo: c.case_no, stageIndex: c.stage_index })),
    handovers: listProjectHandovers(db, projectNo),
  };
}
