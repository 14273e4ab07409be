import { hallDate } from '../../shared/calendar/hall-date';
import type { homeEndpoints } from '../../shared/contract/home-endpoints';
import { readHomeOverview } from '../services/home/home-overview';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

export function homeHandlers({ db, catalogue, calendar }: BackendDeps): HandlerMap<keyof typeof homeEndpoints> {
  return {
    'home.overview': (_input, ctx) => readHomeOverview({ db, calendar: calendar.get(), catalogue }, requireUser(ctx), hallDate(ctx.now)),
  };
}
