import { AppError } from '../../shared/errors';
import type { CaseDetail } from '../../shared/intake/case-types';
import type { ChangeContext } from '../services/lifecycle/change-context';
import type { CaseLifecycle } from '../../shared/lifecycle/lifecycle-view';
import { readLifecycle } from '../services/lifecycle/lifecycle-reader';
import { readHall } from '../services/settings/hall-settings';
import { requireUser, type CallContext } from './call-context';
import type { BackendDeps } from './handler-types';

/** The change context of a case change by the caller, and its answer (the case and its lifecycle). */
export interface CaseChangeHelpers {
  reading(): Pick<ChangeContext, 'db' | 'calendar' | 'catalogue'>;
  change(ctx: CallContext): ChangeContext & { user: NonNullable<ChangeContext['user']> };
  result(detail: CaseDetail, ctx: CallContext): { detail: CaseDetail; lifecycle: CaseLifecycle };
}

export function caseChangeHelpers({ db, catalogue, calendar }: BackendDeps): CaseChangeHelpers {
  const reading = () => ({ db, calendar: calendar.get(), catalogue });
  const change = (ctx: CallContext): ChangeContext & { user: NonNullable<ChangeContext['user']> } => {
    const hall = readHall(db);
    if (!hall) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return { ...reading(), hall, now: ctx.now, user: requireUser(ctx) };
  };
  const result = (detail: CaseDetail, ctx: CallContext) => ({
    detail,
    lifecycle: readLifecycle(reading(), detail.caseNo, ctx.now, requireUser(ctx)),
  });
  return { reading, change, result };
}
