import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { loadForChange, requireAction } from './case-guard';
import type { ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { updateCase } from './lifecycle-repository';
import { closeOpenPauses } from './settle-case';

export type CloseKind = 'withdrawn' | 'terminated';

const wording: Record<CloseKind, string> = { withdrawn: '申请人撤回申请', terminated: '终止办理' };

/** 撤回 (at the applicant's written request) or 终止: the case ends here, with the reason. */
export function closeCase(ctx: ChangeContext & { user: SessionUser }, caseNo: string, kind: CloseKind, reason: string): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, caseNo);
      const { kase } = loaded;
      requireAction(ctx, kind === 'withdrawn' ? 'withdraw' : 'terminate', loaded);
      closeOpenPauses(db, kase.case_no, today);
      updateCase(db, kase.case_no, { state: kind, closed_reason: reason, closed_on: today, resume_state: null });
      return commitCaseChange(ctx, kase.case_no, { kind: `case.${kind}`, summary: `${wording[kind]}：${reason}` });
    })
    .immediate();
}
