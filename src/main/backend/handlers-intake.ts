import { hallDate } from '../../shared/calendar/hall-date';
import { AppError } from '../../shared/errors';
import { findApplicant } from '../services/applicants/applicant-repository';
import { caseMaterialSpecs, casePromisedDate, defaultSupplyWorkingDays, promisedDates } from '../services/cases/case-plan';
import { provisionalNote } from '../services/lifecycle/case-clock';
import { readCaseDetail } from '../services/cases/case-reader';
import { searchCases } from '../services/cases/case-search';
import { registerCase } from '../services/cases/register-case';
import { toItemSummary } from '../services/catalogue/catalogue-service';
import { idReaderOf } from '../services/id-reader/id-card-reader';
import { readHall } from '../services/settings/hall-settings';
import { readDeskSettings } from '../services/settings/desk-settings';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type IntakeChannel =
  | 'catalogue.search'
  | 'catalogue.get'
  | 'catalogue.import'
  | 'catalogue.export'
  | 'intake.plan'
  | 'cases.register'
  | 'cases.get'
  | 'cases.search'
  | 'applicants.find'
  | 'idReader.read';

export function intakeHandlers({ db, catalogue, calendar }: BackendDeps): HandlerMap<IntakeChannel> {
  const hall = () => {
    const value = readHall(db);
    if (!value) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return value;
  };
  const itemsOf = (codes: string[], now: Date) => codes.map((code) => catalogue.get(code, hallDate(now)));

  return {
    'catalogue.search': (input, ctx) => catalogue.search(input.query, input.limit, hallDate(ctx.now)),
    'catalogue.get': (input, ctx) => catalogue.get(input.code, hallDate(ctx.now), input.version),
    'catalogue.import': (input, ctx) => catalogue.importText(input.text, requireUser(ctx), ctx.now),
    'catalogue.export': (_input, ctx) => catalogue.exportText(ctx.now),
    'intake.plan': (input, ctx) => {
      const items = itemsOf(input.itemCodes, ctx.now);
      const today = hallDate(ctx.now);
      const working = calendar.get();
      const dates = promisedDates(items, today, working);
      const promised = casePromisedDate(dates);
      const earliest = dates.map((d) => d.promisedDate).reduce((a, b) => (a < b ? a : b));
      const supply = working.addWorkingDays(today, defaultSupplyWorkingDays);
      const missing = working.missingYearsIn(today, promised);
      return {
        items: items.map(toItemSummary),
        materials: caseMaterialSpecs(items, input.hasAgent),
        promisedDateIfAcceptedToday: promised,
        promisedDateProvisional: missing.length > 0,
        calendarWarning: missing.length > 0 ? provisionalNote(missing) : null,
        today,
        defaultSupplyDeadline: supply < earliest ? supply : earliest,
      };
    },
    'cases.register': (input, ctx) =>
      registerCase(
        {
          db,
          hall: hall(),
          caseNumberFormat: readDeskSettings(db).caseNumberFormat,
          calendar: calendar.get(),
          items: itemsOf(input.itemCodes, ctx.now),
          clerk: requireUser(ctx),
          now: ctx.now,
        },
        input,
      ),
    'cases.get': (input) => readCaseDetail(db, input.caseNo, hall()),
    'cases.search': (input, ctx) => {
      const user = requireUser(ctx);
      return searchCases(db, input, hallDate(ctx.now), user.role === 'agent' ? user.id : undefined);
    },
    'applicants.find': (input) => findApplicant(db, input.kind, input.idNumber),
    'idReader.read': () => idReaderOf(process.env.HALLDESK_ID_READER ?? readDeskSettings(db).idReader).read(),
  };
}
