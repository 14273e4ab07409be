import { hallDate } from '../../shared/calendar/hall-date';
import { importCalendar } from '../services/calendar/import-calendar';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

export function calendarHandlers({ db, calendar, catalogue }: BackendDeps): HandlerMap<'calendar.import' | 'calendar.status'> {
  return {
    'calendar.import': (input, ctx) => importCalendar({ db, calendar, catalogue }, input, requireUser(ctx), ctx.now),
    'calendar.status': (_input, ctx) => ({ today: hallDate(ctx.now), years: calendar.years() }),
  };
}
