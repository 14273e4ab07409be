import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { caseStateLabels, type CaseDetail, type CaseState } from '../../../shared/intake/case-types';
import type { VoidCaseInput } from '../../../shared/lifecycle/correction-inputs';
import { loadForChange } from '../lifecycle/case-guard';
import type { ChangeContext } from '../lifecycle/change-context';
import { commitCaseChange } from '../lifecycle/commit-change';
import { updateCase } from '../lifecycle/lifecycle-repository';
import { closeOpenPauses } from '../lifecycle/settle-case';
import { verifySupervisorApproval } from './supervisor-approval';

/** A mistaken registration is voided before anyone worked on it: intake states only. */
const voidableStates: readonly CaseState[] = ['accepted', 'awaiting-materials', 'refused'];

/**
 * 作废 of a case registered by mistake: the same hall day only, approved by a supervisor. The
 * case is kept (state 已作废, reason and day in closed_reason / closed_on) and its number is
 * never given out again (the desk's serial only moves forward). Synced as 'case.voided'.
 */
export async function voidCase(ctx: ChangeContext & { user: SessionUser }, input: VoidCaseInput, source: string): Promise<CaseDetail> {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  // Checked before asking for the password, so a supervisor is not called over for nothing.
  const check = () => {
    const loaded = loadForChange(db, user, input.caseNo);
    const state = loaded.kase.state;
    if (state === 'voided') throw new AppError('CONFLICT', '该案件已作废');
    if (loaded.kase.received_on !== today) {
      throw new AppError('CONFLICT', `只能作废当天登记的案件（该案件登记于 ${loaded.kase.received_on}）；已过当天的案件请办理撤回或终止`);
    }
    if (!voidableStates.includes(state)) throw new AppError('CONFLICT', `案件当前为“${caseStateLabels[state]}”，已进入办理，不能作废`);
    return loaded;
  };
  check();
  const approver = await verifySupervisorApproval(db, user, input.approver, source, ctx.now, '作废案件');
  return db
    .transaction(() => {
      const { kase } = check();
      closeOpenPauses(db, kase.case_no, today);
      updateCase(db, kase.case_no, { state: 'voided', closed_reason: input.reason, closed_on: today, resume_state: null });
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'case.voided',
        op: 'case.voided',
        summary: `作废（误登记）：${input.reason}。审批人：${approver.name}（${approver.staffNo}）`,
        detail: { reason: input.reason, approver: approver.staffNo, approverName: approver.name, previousState: kase.state },
      });
    })
    .immediate();
}
