import type { CaseDetail } from './case-types';

/**
 * Whether one item's promised date of a case is 暂定. Only the case's flag is stored; an item's
 * date is provisional when the case's is and the date lies in a later year than the acceptance
 * day, since a missing calendar year is always one after the years already covered.
 */
export function itemDateProvisional(detail: Pick<CaseDetail, 'promisedDateProvisional' | 'acceptedOn'>, itemDate: string | null): boolean {
  if (!detail.promisedDateProvisional || itemDate === null || detail.acceptedOn === null) return false;
  return itemDate.slice(0, 4) > detail.acceptedOn.slice(0, 4);
}
