import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import type { CatalogueService } from '../catalogue/catalogue-service';

/** Everything a lifecycle change needs; `user` is null when the centre's status update moves a case. */
export interface ChangeContext {
  db: Db;
  hall: Hall;
  calendar: WorkingDayCalendar;
  catalogue: CatalogueService;
  now: Date;
  user: SessionUser | null;
}

export function actorLabel(user: SessionUser): string {
  return `${user.name}（${user.staffNo}）`;
}
