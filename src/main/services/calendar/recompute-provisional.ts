import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { commitCaseChange } from '../lifecycle/commit-change';
import type { ChangeContext } from '../lifecycle/change-context';
import { listProvisionalCaseNos, loadCase } from '../lifecycle/lifecycle-repository';
import { refreshPromisedDates } from '../lifecycle/promised-dates';
import { readHall } from '../settings/hall-settings';
import type { CalendarService } from './calendar-service';

export interface RecomputeDeps {
  db: Db;
  calendar: CalendarService;
  catalogue: CatalogueService;
}

/**
 * After a year's arrangement arrived (admin import, typed-in notice or the centre's pull): every
 * running case whose promised date is 暂定 is counted again under the new calendar, never moving
 * a promised date later (promised-dates.ts). A case whose dates or flag changed gets its history
 * line and its 'case.updated' outbox event with audit row. Call inside the import's transaction.
 * Returns the numbers of the cases that changed.
 */
export function recomputeProvisionalCases(deps: RecomputeDeps, user: SessionUser | null, now: Date): string[] {
  const { db } = deps;
  const hall = readHall(db);
  if (!hall) return [];
  const ctx: ChangeContext = { db, hall, calendar: deps.calendar.get(), catalogue: deps.catalogue, now, user };
  const provisional = listProvisionalCaseNos(db);
  const changed: string[] = [];
  for (const caseNo of provisional) {
    if (!refreshPromisedDates(ctx, caseNo, { neverLater: true })) continue;
    const { kase } = loadCase(db, caseNo);
    const label = kase.promised_provisional === 1 ? '（仍为暂定）' : '';
    commitCaseChange(ctx, caseNo, {
      kind: 'case.dates-recomputed',
      summary: `节假日安排已更新，承诺办结日期核定为 ${kase.promised_date ?? '—'}${label}（只提前、不推后）`,
      detail: { promisedDate: kase.promised_date, provisional: kase.promised_provisional === 1 },
    });
    changed.push(caseNo);
  }
  return changed;
}
