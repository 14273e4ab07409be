import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import type { assignAgentInputSchema, handoverInputSchema } from '../../../shared/lifecycle/agent-mandate';
import { loadForChange, requireAction } from '../lifecycle/case-guard';
import { actorLabel, type ChangeContext } from '../lifecycle/change-context';
import { commitCaseChange } from '../lifecycle/commit-change';
import { findActiveAgent, findAssignment, insertAssignment, insertHandover, moveAssignment } from './agent-repository';

type AssignInput = z.output<typeof assignAgentInputSchema>;
type HandoverInput = z.output<typeof handoverInputSchema>;

/** 帮办代办: the case goes to one of the hall's proxy agents, with the 代办服务委托书 recorded. Free of charge. */
export function assignAgent(ctx: ChangeContext & { user: SessionUser }, input: AssignInput): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase } = loaded;
      requireAction(ctx, 'assign-agent', loaded);
      const agent = findActiveAgent(db, input.agentId);
      if (!agent) throw new AppError('VALIDATION', '所选账号不是在岗的代办员', 'agentId');
      if (input.mandate.signedOn > today) throw new AppError('VALIDATION', `委托书签署日期不能晚于今天（${today}）`, 'mandate.signedOn');
      insertAssignment(db, {
        caseNo: kase.case_no,
        agentId: agent.id,
        mandate: input.mandate,
        at: ctx.now.toISOString(),
        by: actorLabel(user),
      });
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'agent.assigned',
        summary: `指派代办员 ${agent.name}（${agent.staffNo}）；代办服务委托书：委托人 ${input.mandate.principal}，${input.mandate.signedOn} 签署，委托事项：${input.mandate.scope}（免费代办）`,
        detail: { agent: agent.staffNo },
      });
    })
    .immediate();
}

/** 交接: from the case's agent to another, with the reason; an agent hands over only their own cases. */
export function handOver(ctx: ChangeContext & { user: SessionUser }, input: HandoverInput): CaseDetail {
  const { db, user } = ctx;
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase } = loaded;
      requireAction(ctx, 'handover', loaded);
      const current = findAssignment(db, kase.case_no)!; // the rule above refuses a case without one
      const to = findActiveAgent(db, input.toAgentId);
      if (!to) throw new AppError('VALIDATION', '接手人不是在岗的代办员', 'toAgentId');
      if (to.id === current.id) throw new AppError('VALIDATION', '接手的代办员与当前代办员相同', 'toAgentId');
      moveAssignment(db, kase.case_no, to.id);
      insertHandover(db, {
        caseNo: kase.case_no,
        fromId: current.id,
        toId: to.id,
        reason: input.reason,
        at: ctx.now.toISOString(),
        by: user.staffNo,
      });
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'agent.handed-over',
        summary: `代办交接：${current.name}（${current.staffNo}）→ ${to.name}（${to.staffNo}），原因：${input.reason}`,
        detail: { from: current.staffNo, to: to.staffNo },
      });
    })
    .immediate();
}
