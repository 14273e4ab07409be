import { z } from 'zod';
import { isDateString } from '../../shared/calendar/date-string';
import { figureRowSchema } from '../../shared/reports/report-schemas';
import type { CentreRole } from '../accounts/centre-user';
import { centreRoute } from './centre-contract';

const day = z.string().refine(isDateString, '日期格式应为 YYYY-MM-DD');

export const boardQuerySchema = z
  .object({
    from: day,
    to: day,
    /** One hall (a hall administrator is always held to their own). */
    hallCode: z.string().trim().min(1).max(20).optional(),
    department: z.string().trim().min(1).max(100).optional(),
  })
  .refine((q) => q.from <= q.to, { message: '起始日期不能晚于截止日期', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { message: '统计期最长一年', path: ['from'] });
export type BoardQuery = z.output<typeof boardQuerySchema>;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** A line of the board: the desk report's figures, and 三减 beside them. */
export const boardRowSchema = figureRowSchema.extend({
  /** Mean 承诺时限 (working days) of the finished cases' items counted on this line. */
  avgPromisedDays: z.number().nullable(),
  /** Mean 法定时限 of the same, for the item versions the centre published (null when none was). */
  avgStatutoryDays: z.number().nullable(),
  /** 三减: working days under the statutory limit, summed over the finished cases (法定时限 − used), published item versions only. */
  daysSaved: z.number(),
  /** 三减: material lines answered by a page on file (复用), over the finished cases. */
  materialsSaved: z.number(),
  /** 三减: visits spared (容缺受理, 邮寄送达), over the finished cases. */
  tripsSaved: z.number(),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

export const warningRowSchema = z.object({ key: z.string(), label: z.string(), yellow: z.number(), red: z.number(), open: z.number() });
export type WarningRow = z.infer<typeof warningRowSchema>;

export const followUpFiguresSchema = z.object({
  badRatings: z.number(),
  open: z.number(),
  calledBack: z.number(),
  closed: z.number(),
  /** Not closed and past the due date, as of today. */
  overdue: z.number(),
});
export type FollowUpFigures = z.infer<typeof followUpFiguresSchema>;

export const boardFiguresSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /** The hall's day the warning levels are counted on. */
  today: z.string(),
  hallCode: z.string().nullable(),
  department: z.string().nullable(),
  total: boardRowSchema,
  byDepartment: z.array(boardRowSchema),
  byHall: z.array(boardRowSchema),
  warningsByDepartment: z.array(warningRowSchema),
  warningsByHall: z.array(warningRowSchema),
  followUps: followUpFiguresSchema,
  generatedAt: z.string(),
});
export type BoardFigures = z.infer<typeof boardFiguresSchema>;

/** Who reads the board: inspectors and the centre's administrators across halls, a hall's administrator their own hall. */
export const boardReaders: readonly CentreRole[] = ['inspector', 'centre-admin', 'hall-admin'];

/** 督查看板: the figures for a period, every hall or one, every department or one. */
export const boardRoute = centreRoute({
  method: 'GET',
  path: '/v1/work/board',
  access: boardReaders,
  input: boardQuerySchema,
  output: boardFiguresSchema,
});

/** The same board as an .xlsx download (same query string; a file, so not a JSON route). */
export const boardWorkbookPath = '/v1/work/board/xlsx';
