import { z } from 'zod';
import { isDateString } from '../calendar/date-string';
import { reportPeriods } from './report-period';

export const reportDimensions = ['clerk', 'item', 'department'] as const;
export type ReportDimension = (typeof reportDimensions)[number];
export const reportDimensionLabels: Record<ReportDimension, string> = { clerk: '按窗口人员', item: '按事项', department: '按部门' };

export const reportInputSchema = z.object({
  period: z.enum(reportPeriods, { error: '请选择日报、周报或月报' }),
  /** Any day inside the period wanted; the hall's today when left out. */
  date: z.string().refine(isDateString, '日期格式应为 YYYY-MM-DD').optional(),
  groupBy: z.enum(reportDimensions, { error: '请选择统计维度' }).default('clerk'),
});
export type ReportInput = z.input<typeof reportInputSchema>;

/** One line of figures: the hall's total, or one clerk, item or department. */
export const figureRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  received: z.number(),
  accepted: z.number(),
  deferred: z.number(),
  correctionNotices: z.number(),
  refusals: z.number(),
  finished: z.number(),
  finishedOnTime: z.number(),
  /** Share of finished cases finished by their promised date; null when none finished. */
  onTimeRate: z.number().nullable(),
  /** Mean working days from acceptance to 办结; null when none finished. */
  avgWorkingDays: z.number().nullable(),
  ratings: z.number(),
  satisfied: z.number(),
  /** Share of 非常满意 + 满意 among the ratings; null when there were none. */
  satisfaction: z.number().nullable(),
  badRatings: z.number(),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

export const trendPointSchema = z.object({
  date: z.string(),
  received: z.number(),
  accepted: z.number(),
  correctionNotices: z.number(),
  refusals: z.number(),
  finished: z.number(),
  ratings: z.number(),
  badRatings: z.number(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const hallFiguresSchema = z.object({
  hallName: z.string(),
  period: z.object({ kind: z.enum(reportPeriods), from: z.string(), to: z.string(), label: z.string() }),
  groupBy: z.enum(reportDimensions),
  total: figureRowSchema,
  rows: z.array(figureRowSchema),
  trend: z.array(trendPointSchema),
  /** 三减 (fewer materials): lines of the period's cases that reused a copy on file, and those cases. */
  reuse: z.object({ lines: z.number(), cases: z.number() }),
  generatedAt: z.string(),
});
export type HallFigures = z.infer<typeof hallFiguresSchema>;
