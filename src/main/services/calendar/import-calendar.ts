import type { CalendarData } from '../../../shared/calendar/calendar-schema';
import type { SessionUser } from '../../../shared/contract/user-types';
import { appendAudit } from '../audit/audit-log';
import { recomputeProvisionalCases, type RecomputeDeps } from './recompute-provisional';

export interface CalendarImportResult {
  /** The years of the file, now stored at this desk. */
  years: number[];
  /** Of those, the years the centre's published arrangement still overrides. */
  shadowedByCentre: number[];
  coveredYears: number[];
  /** Cases whose 暂定 promised dates were counted again. */
  recomputedCases: string[];
}

/**
 * An administrator's import (a file, or the State Council's notice typed in on the screen): the
 * whole file is already valid (calendar-schema) or nothing is stored. The years are kept in the
 * desk's layer of the calendar, the 暂定 dates are counted again, and the audit log says who
 * imported which years, all in one transaction. The calendar itself is desk-local and not sent
 * to the centre; the cases it moves are.
 */
export function importCalendar(deps: RecomputeDeps, data: CalendarData, user: SessionUser, now: Date): CalendarImportResult {
  const at = now.toISOString();
  return deps.db
    .transaction(() => {
      const { shadowedByCentre } = deps.calendar.importAtDesk(data);
      const years = Object.keys(data.years)
        .map(Number)
        .sort((a, b) => a - b);
      appendAudit(deps.db, {
        at,
        actorId: user.id,
        actorStaffNo: user.staffNo,
        action: 'calendar.imported',
        entity: 'calendar',
        entityId: years.join(','),
        detail: { years, source: data.source, shadowedByCentre },
      });
      const recomputedCases = recomputeProvisionalCases(deps, user, now);
      return { years, shadowedByCentre, coveredYears: deps.calendar.get().coveredYears(), recomputedCases };
    })
    .immediate();
}
