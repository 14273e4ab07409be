import type { ServiceItem } from '../../../shared/catalogue/item-schema';
import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import { AppError } from '../../../shared/errors';
import type { MaterialReceipt } from '../../../shared/intake/material-check';
import { unionMaterials, type CaseMaterialSpec } from '../../../shared/intake/material-union';

export const authorizationLetterKey = 'authorization-letter';
/** Materials that exist because someone acts for the applicant (the items mark them conditional). */
export const agentMaterialKeys = [authorizationLetterKey, 'agent-id'];

/** Used when an agent acts but none of the items lists a 授权委托书 of its own. */
const genericAuthorizationLetter: Omit<CaseMaterialSpec, 'forItems'> = {
  key: authorizationLetterKey,
  name: '授权委托书',
  necessity: 'required',
  condition: null,
  originals: 1,
  copies: 0,
  media: ['paper'],
  formatNotes: '写明委托事项、权限和期限，委托人签字（单位加盖公章），附代办人身份证件复印件',
  issuer: null,
};

/**
 * The material list of a case: the union of its items' lists; with an agent, the 授权委托书
 * is required (added when no item lists it), without one it does not apply.
 */
export function caseMaterialSpecs(items: readonly ServiceItem[], hasAgent: boolean): CaseMaterialSpec[] {
  const specs = unionMaterials(items);
  if (hasAgent) {
    for (const spec of specs) if (agentMaterialKeys.includes(spec.key)) Object.assign(spec, { necessity: 'required', condition: null });
    if (!specs.some((spec) => spec.key === authorizationLetterKey)) {
      specs.push({ ...genericAuthorizationLetter, forItems: items.map((i) => i.code) });
    }
  }
  return specs;
}

/** Without an agent the agent's materials do not apply, whatever the form sent. */
export function withAgentRules(
  receipts: readonly MaterialReceipt[],
  specs: readonly CaseMaterialSpec[],
  hasAgent: boolean,
): MaterialReceipt[] {
  if (hasAgent) return [...receipts];
  const byKey = new Map(receipts.map((r) => [r.key, r]));
  for (const spec of specs) {
    if (agentMaterialKeys.includes(spec.key) && spec.necessity === 'conditional') {
      byKey.set(spec.key, { key: spec.key, applicable: false, originals: 0, copies: 0, electronic: false });
    }
  }
  return [...byKey.values()];
}

/**
 * Working days an item promises from acceptance: its 承诺时限 plus any special step (公示,
 * 现场勘验…) the item marks as not counted inside the limit, since that time runs on top.
 */
export function itemWorkingDays(item: ServiceItem): number {
  return item.promisedDays + item.specialSteps.filter((s) => !s.countedInLimit).reduce((sum, s) => sum + s.days, 0);
}

export interface ItemDates {
  item: ServiceItem;
  promisedDate: string;
  /** Counted over a year the calendar does not cover yet (暂定). */
  provisional: boolean;
}

export function promisedDates(items: readonly ServiceItem[], acceptedOn: string, calendar: WorkingDayCalendar): ItemDates[] {
  return items.map((item) => {
    const counted = calendar.countWorkingDays(acceptedOn, itemWorkingDays(item));
    return { item, promisedDate: counted.date, provisional: counted.provisional };
  });
}

/** The case is done when its last department is: the latest of the items' dates. */
export function casePromisedDate(dates: readonly ItemDates[]): string {
  return dates.map((d) => d.promisedDate).reduce((a, b) => (a > b ? a : b));
}

/** A deferred material must come before any item that needs it is due. */
export function latestSupplyDeadline(spec: CaseMaterialSpec, dates: readonly ItemDates[]): string {
  return dates
    .filter((d) => spec.forItems.includes(d.item.code))
    .map((d) => d.promisedDate)
    .reduce((a, b) => (a < b ? a : b));
}

export const defaultSupplyWorkingDays = 5;

export function checkApplicantKind(items: readonly ServiceItem[], kind: 'person' | 'enterprise'): void {
  const unfit = items.filter((item) => !item.applicantKinds.includes(kind));
  if (unfit.length > 0) {
    const who = kind === 'person' ? '个人' : '企业';
    throw new AppError('VALIDATION', `以下事项不受理${who}申请：${unfit.map((i) => i.name).join('、')}`, 'itemCodes');
  }
}
