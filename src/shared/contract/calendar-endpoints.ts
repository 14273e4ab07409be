import { z } from 'zod';
import { calendarDataSchema } from '../calendar/calendar-schema';
import { calendarStatusSchema } from '../calendar/calendar-status';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

export const calendarImportResultSchema = z.object({
  years: z.array(z.number()),
  shadowedByCentre: z.array(z.number()),
  coveredYears: z.array(z.number()),
  recomputedCases: z.array(z.string()),
});
export type CalendarImportResult = z.infer<typeof calendarImportResultSchema>;

export const calendarEndpoints = {
  /** The same JSON as resources/calendar/cn-workdays.json, one or more years; refused whole when any of it is wrong. */
  'calendar.import': endpoint({
    title: '导入节假日安排',
    access: ['admin'],
    input: calendarDataSchema,
    output: calendarImportResultSchema,
  }),
  'calendar.status': endpoint({ title: '查看节假日安排', access: 'session', input: emptyInput, output: calendarStatusSchema }),
};
