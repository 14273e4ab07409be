import { z } from 'zod';
import { hallFiguresSchema, reportInputSchema } from '../reports/report-schemas';
import { endpoint } from './endpoint';

const overseers = ['supervisor', 'admin'] as const;

/** 统计报表: the hall's figures, and the same figures as an Excel workbook built by the back end. */
export const reportEndpoints = {
  'reports.figures': endpoint({ title: '查看统计报表', access: overseers, input: reportInputSchema, output: hallFiguresSchema }),
  'reports.exportXlsx': endpoint({
    title: '导出统计报表',
    access: overseers,
    input: reportInputSchema,
    output: z.object({ fileName: z.string(), xlsxBase64: z.string(), figures: hallFiguresSchema }),
  }),
};
