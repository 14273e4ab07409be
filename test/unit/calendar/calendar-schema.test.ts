import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { calendarDataSchema, parseCalendarData, parseCalendarJson } from '../../../src/shared/calendar/calendar-schema';
import { defaultCalendarData } from '../../../src/shared/calendar/default-calendar';

function file(years: Record<string, unknown>): Record<string, unknown> {
  return { format: 'halldesk-calendar', version: 1, source: '国务院办公厅通知', years };
}

const good2027 = file({
  '2027': { holidays: { '2027-01-01': '元旦' }, workdays: { '2027-02-20': '春节调休' } },
});

function refusal(input: unknown): AppError {
  try {
    parseCalendarData(input);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the calendar to be refused');
}

describe('calendar schema', () => {
  it('accepts the shipped calendar and a well-formed import', () => {
    expect(calendarDataSchema.safeParse(defaultCalendarData).success).toBe(true);
    expect(parseCalendarData(good2027).years['2027']?.workdays['2027-02-20']).toBe('春节调休');
  });

  it('refuses a bad date string with a Chinese message naming it', () => {
    const err = refusal(file({ '2027': { holidays: { '2027-13-01': '元旦' }, workdays: {} } }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('2027-13-01');
    expect(err.message).toContain('不是有效日期');
    expect(refusal(file({ '2027': { holidays: { '2027-2-1': '春节' }, workdays: {} } })).message).toContain('2027-2-1');
  });

  it('refuses a day listed both as holiday and as make-up workday', () => {
    const err = refusal(file({ '2027': { holidays: { '2027-02-06': '春节' }, workdays: { '2027-02-06': '春节调休' } } }));
    expect(err.message).toContain('2027-02-06 同时被列为放假日和调休上班日');
  });

  it('refuses a date filed under the wrong year, a weekday make-up day and a bad year key', () => {
    expect(refusal(file({ '2027': { holidays: { '2028-01-01': '元旦' }, workdays: {} } })).message).toContain('年份不一致');
    expect(refusal(file({ '2027': { holidays: {}, workdays: { '2027-02-17': '春节调休' } } })).message).toContain('不是周六或周日');
    expect(refusal(file({ '27': { holidays: {}, workdays: {} } })).message).toContain('四位数字');
  });

  it('refuses files that are not calendars at all', () => {
    expect(refusal({ ...good2027, format: 'something-else' }).message).toContain('不是 HallDesk 工作日历文件');
    expect(refusal({ ...good2027, version: 2 }).message).toContain('版本');
    expect(refusal(file({})).message).toContain('没有任何年份');
    expect(refusal(file({ '2027': { holidays: {} } })).message).toContain('workdays');
    expect(refusal(file({ '2027': { holidays: { '2027-01-01': '' }, workdays: {} } })).message).toContain('名称不能为空');
    expect(refusal([]).message).toMatch(/^工作日历文件有误：/);
    expect(() => parseCalendarJson('{ not json')).toThrow('工作日历文件有误：不是有效的 JSON 文件');
    expect(parseCalendarJson(JSON.stringify(good2027)).years['2027']).toBeDefined();
  });
});
