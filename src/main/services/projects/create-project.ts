import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { createProjectInputSchema } from '../../../shared/projects/project-inputs';
import { projectEntity } from '../../../shared/projects/project-ops';
import { formatProjectNumber } from '../../../shared/projects/project-number';
import type { Db } from '../../db/open-database';
import { findActiveAgent } from '../agents/agent-repository';
import { recordChange } from '../record-change';
import { projectRecord } from './project-record';
import { insertProject, latestTemplates, takeProjectSerial } from './project-repository';

type CreateProject = z.output<typeof createProjectInputSchema>;

/** Numbered per desk like cases (hall, window, year, serial), so no two desks can give one number. */
function nextProjectNo(db: Db, hall: Hall, year: number): string {
  return formatProjectNumber({ hall: hall.code, desk: hall.deskNo, year, serial: takeProjectSerial(db, year) });
}

/**
 * Opens a 全程代办 project under the newest template of its kind, with its outbox record and audit
 * entry in one transaction. An agent opens projects only for themselves.
 */
export function createProject(ctx: { db: Db; hall: Hall; user: SessionUser; now: Date }, input: CreateProject): string {
  const { db, user, now } = ctx;
  const today = hallDate(now);
  const template = latestTemplates(db).find((t) => t.kind === input.kind);
  if (!template) throw new AppError('VALIDATION', '没有这种项目类型的模板，请先导入项目模板', 'kind');
  const agent = findActiveAgent(db, input.agentId);
  if (!agent) throw new AppError('VALIDATION', '所选账号不是在岗的代办员', 'agentId');
  if (user.role === 'agent' && agent.id !== user.id) throw new AppError('FORBIDDEN', '代办员只能为自己新建代办项目', 'agentId');
  if (input.mandateSignedOn > today) throw new AppError('VALIDATION', `委托书签署日期不能晚于今天（${today}）`, 'mandateSignedOn');
  const at = now.toISOString();
  return db
    .transaction(() => {
      const projectNo = nextProjectNo(db, ctx.hall, Number(today.slice(0, 4)));
      insertProject(db, {
        projectNo,
        kind: template.kind,
        templateVersion: template.version,
        name: input.name,
        enterpriseCreditCode: input.enterpriseCreditCode,
        enterpriseName: input.enterpriseName,
        location: input.location,
        agentId: agent.id,
        mandateNo: input.mandateNo,
        mandateSignedOn: input.mandateSignedOn,
        targetDays: input.targetDays ?? template.targetDays,
        createdAt: at,
        createdBy: user.staffNo,
      });
      recordChange(db, {
        actor: user,
        at,
        op: 'project.created',
        entity: projectEntity,
        entityId: projectNo,
        payload: projectRecord(db, projectNo),
        auditDetail: { kind: template.kind, agent: agent.staffNo, mandateNo: input.mandateNo },
      });
      return projectNo;
    })
    .immediate();
}
