import { z } from 'zod';
import { AppError } from '../errors';
import { isDateString, isWeekend } from './date-string';

/**
 * The working-day calendar file (resources/calendar/cn-workdays.json, or a file an admin imports
 * when the State Council publishes the next year's arrangement). Only exceptions are listed:
 * every other Monday–Friday is a working day and every other Saturday/Sunday is not.
 */

function dayNames(missing: string) {
  return z.record(z.string(), z.string({ error: '节日名称应为文字' }).trim().min(1, { error: '节日名称不能为空' }), {
    error: missing,
  });
}

const yearSchema = z.object(
  {
    holidays: dayNames('每个年份都必须包含 holidays（放假日）列表'),
    workdays: dayNames('每个年份都必须包含 workdays（调休上班日）列表，没有时写 {}'),
  },
  { error: '每个年份都必须包含 holidays（放假日）和 workdays（调休上班日）' },
);

function checkDays(year: string, kind: 'holidays' | 'workdays', days: Record<string, string>, ctx: z.RefinementCtx): void {
  const label = kind === 'holidays' ? '放假日' : '调休上班日';
  for (const date of Object.keys(days)) {
    const path = ['years', year, kind, date];
    if (!isDateString(date)) {
      ctx.addIssue({ code: 'custom', path, message: `${year} 年的${label}“${date}”不是有效日期，应为 YYYY-MM-DD` });
    } else if (!date.startsWith(`${year}-`)) {
      ctx.addIssue({ code: 'custom', path, message: `${label}“${date}”被列在 ${year} 年下，年份不一致` });
    } else if (kind === 'workdays' && !isWeekend(date)) {
      // A make-up workday on a weekday changes nothing, so it can only be a data-entry mistake.
      ctx.addIssue({ code: 'custom', path, message: `调休上班日“${date}”不是周六或周日，请核对` });
    }
  }
}

export const calendarDataSchema = z
  .object(
    {
      format: z.literal('halldesk-calendar', { error: '不是 HallDesk 工作日历文件（format 应为 halldesk-calendar）' }),
      version: z.literal(1, { error: '不支持的工作日历文件版本（version 应为 1）' }),
      source: z.string({ error: '缺少数据来源说明（source）' }),
      years: z.record(z.string(), yearSchema, { error: '缺少按年份组织的节假日数据（years）' }),
    },
    { error: '工作日历文件内容应为一个 JSON 对象' },
  )
  .superRefine((data, ctx) => {
    const years = Object.keys(data.years);
    if (years.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: '工作日历文件中没有任何年份的数据' });
    }
    for (const year of years) {
      if (!/^\d{4}$/.test(year)) {
        ctx.addIssue({ code: 'custom', path: ['years', year], message: `年份“${year}”格式不正确，应为四位数字` });
        continue;
      }
      const entry = data.years[year];
      if (!entry) continue;
      checkDays(year, 'holidays', entry.holidays, ctx);
      checkDays(year, 'workdays', entry.workdays, ctx);
      for (const date of Object.keys(entry.workdays)) {
        if (date in entry.holidays) {
          ctx.addIssue({
            code: 'custom',
            path: ['years', year, 'workdays', date],
            message: `${date} 同时被列为放假日和调休上班日，请核对`,
          });
        }
      }
    }
  });

export type CalendarData = z.infer<typeof calendarDataSchema>;
export type CalendarYear = CalendarData['years'][string];

/** Validates calendar data; a bad file is refused whole, with the first problem in Chinese. */
export function parseCalendarData(input: unknown): CalendarData {
  const result = calendarDataSchema.safeParse(input);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const more = result.error.issues.length > 1 ? `（另有 ${result.error.issues.length - 1} 处问题）` : '';
  throw new AppError('VALIDATION', `工作日历文件有误：${first?.message ?? '内容无法识别'}${more}`);
}

/** For an admin import: the file's text as read from disk. */
export function parseCalendarJson(text: string): CalendarData {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', '工作日历文件有误：不是有效的 JSON 文件');
  }
  return parseCalendarData(input);
}
