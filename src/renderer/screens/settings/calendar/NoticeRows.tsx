import { Button, Input } from 'antd';
import type { HolidayPeriod, MakeUpDay } from '../../../../shared/calendar/holiday-notice';

interface RowsProps<T> {
  rows: T[];
  onChange(rows: T[]): void;
}

function update<T>(rows: T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** 放假 periods: name, first and last day (YYYY-MM-DD), typed from the notice. */
export function HolidayRows({ rows, onChange }: RowsProps<HolidayPeriod>) {
  return (
    <>
      {rows.map((row, i) => (
        <div className="calendar-row" key={i}>
          <Input
            className="calendar-name"
            placeholder="节日，如 春节"
            value={row.name}
            onChange={(e) => onChange(update(rows, i, { name: e.target.value }))}
            data-testid={`holiday-name-${i}`}
          />
          <Input
            className="calendar-date"
            placeholder="起 YYYY-MM-DD"
            value={row.from}
            onChange={(e) => onChange(update(rows, i, { from: e.target.value.trim() }))}
            data-testid={`holiday-from-${i}`}
          />
          <Input
            className="calendar-date"
            placeholder="止 YYYY-MM-DD"
            value={row.to}
            onChange={(e) => onChange(update(rows, i, { to: e.target.value.trim() }))}
            data-testid={`holiday-to-${i}`}
          />
          <Button onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`删除第 ${i + 1} 段放假`}>
            删除
          </Button>
        </div>
      ))}
    </>
  );
}

/** 调休上班 days: the weekend days worked instead. */
export function MakeUpRows({ rows, onChange }: RowsProps<MakeUpDay>) {
  return (
    <>
      {rows.map((row, i) => (
        <div className="calendar-row" key={i}>
          <Input
            className="calendar-name"
            placeholder="如 春节调休"
            value={row.name}
            onChange={(e) => onChange(update(rows, i, { name: e.target.value }))}
            data-testid={`makeup-name-${i}`}
          />
          <Input
            className="calendar-date"
            placeholder="YYYY-MM-DD"
            value={row.date}
            onChange={(e) => onChange(update(rows, i, { date: e.target.value.trim() }))}
            data-testid={`makeup-date-${i}`}
          />
          <Button onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`删除第 ${i + 1} 个调休上班日`}>
            删除
          </Button>
        </div>
      ))}
    </>
  );
}
