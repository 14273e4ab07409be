import { hallDate } from '../../shared/calendar/hall-date';
import { AppError } from '../../shared/errors';
import type { ReportService } from '../services/reports/hall-figures';
import { buildReportWorkbook, workbookFileName } from '../services/reports/report-workbook';
import { readHall } from '../services/settings/hall-settings';
import { readHallTimeZone } from '../services/settings/hall-time-zone';
import type { BackendDeps, HandlerMap } from './handler-types';

type ReportChannel = 'reports.figures' | 'reports.exportXlsx';

export function reportHandlers({ db }: BackendDeps, reports: ReportService): HandlerMap<ReportChannel> {
  const hallName = () => {
    const hall = readHall(db);
    if (!hall) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return hall.name;
  };
  return {
    'reports.figures': (input, ctx) => reports.figures({ ...input, date: input.date ?? hallDate(ctx.now) }, hallName(), ctx.now),
    'reports.exportXlsx': async (input, ctx) => {
      const figures = reports.figures({ ...input, date: input.date ?? hallDate(ctx.now) }, hallName(), ctx.now);
      const xlsx = await buildReportWorkbook(figures, readHallTimeZone(db));
      return { fileName: workbookFileName(figures), xlsxBase64: xlsx.toString('base64'), figures };
    },
  };
}
