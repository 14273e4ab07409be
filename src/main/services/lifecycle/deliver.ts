import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { deliveryMethodLabels, recipientKindLabels, type DeliverInput } from '../../../shared/lifecycle/lifecycle-inputs';
import type { Delivery } from '../../../shared/lifecycle/lifecycle-view';
import { loadForChange, requireAction } from './case-guard';
import { actorLabel, type ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { insertDelivery, updateCase } from './lifecycle-repository';

/**
 * 出件: the result handed over at the window or mailed, with the 送达回证's fields (recipient,
 * their ID number and, for someone else, why; documents; method; tracking number; the releasing clerk).
 */
export function deliverResult(ctx: ChangeContext & { user: SessionUser }, input: DeliverInput): CaseDetail {
  const { db, user } = ctx;
  const at = ctx.now.toISOString();
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase } = loaded;
      requireAction(ctx, 'deliver', loaded);
      const record: Delivery = {
        method: input.method,
        recipient: input.recipient,
        recipientKind: input.recipientKind,
        recipientIdNumber: input.recipientIdNumber,
        proxyReason: input.proxyReason,
        documents: input.documents,
        phone: input.method === 'mail' ? input.phone : null,
        address: input.method === 'mail' ? input.address : null,
        trackingNo: input.method === 'mail' ? input.trackingNo.toUpperCase() : null,
        signed: input.signed,
        releasedBy: actorLabel(user),
        deliveredAt: at,
      };
      insertDelivery(db, kase.case_no, record, at);
      updateCase(db, kase.case_no, { state: 'delivered' });
      const how = input.method === 'mail' ? `邮寄，单号 ${record.trackingNo}` : '窗口领取，已在送达回证上签收';
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'case.delivered',
        summary: `出件：${how}；领取人 ${input.recipient}（${recipientKindLabels[input.recipientKind]}）`,
        detail: { method: deliveryMethodLabels[input.method] },
      });
    })
    .immediate();
}
