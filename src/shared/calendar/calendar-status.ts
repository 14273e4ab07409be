import { z } from 'zod';

/** Where a year of the working-day calendar comes from, highest precedence first. */
export const calendarOrigins = ['centre', 'desk', 'shipped'] as const;
export type CalendarOrigin = (typeof calendarOrigins)[number];
export const calendarOriginLabels: Record<CalendarOrigin, string> = {
  centre: '中心发布',
  desk: '本机导入',
  shipped: '随软件提供',
};

export const calendarYearInfoSchema = z.object({
  year: z.number(),
  origin: z.enum(calendarOrigins),
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});
export type CalendarYearInfo = z.infer<typeof calendarYearInfoSchema>;

export const calendarStatusSchema = z.object({
  /** The hall's date as the back end counts it (the header's warning starts on 1 November). */
  today: z.string(),
  years: z.array(calendarYearInfoSchema),
});
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;
