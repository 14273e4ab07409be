import { hallDate } from '../../shared/calendar/hall-date';
import { AppError } from '../../shared/errors';
import { findApplicant } from '../services/applicants/applicant-repository';
import { caseMaterialSpecs, defaultSupplyWorkingDays, itemWorkingDays } from '../services/cases/case-plan';
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
      const dates = items.map((item) => working.tryAddWorkingDays(today, itemWorkingDays(item)));
      const missing = dates.find((d) => !d.ok);
      const promised = missing ? null : dates.map((d) => (d.ok ? d.date : '')).reduce((a, b) => (a > b ? a : b));
      const earliest = missing ? null : dates.map((d) => (d.ok ? d.date : '')).reduce((a, b) => (a < b ? a : b));
      const supply = working.tryAddWorkingDays(today, defaultSupplyWorkingDays);
      return {
        items: items.map(toItemSummary),
        materials: caseMaterialSpecs(items, input.hasAgent),
        promisedDateIfAcceptedToday: promised,
        calendarWarning: missing && !missing.ok ? `工作日历缺少 ${missing.missingYear} 年的数据，无法计算承诺办结日期，请管理员导入当年节假日安排` : null,
        today,
        defaultSupplyDeadline: earliest && supply.ok ? (supply.date < earliest ? supply.date : earliest) : earliest,
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
