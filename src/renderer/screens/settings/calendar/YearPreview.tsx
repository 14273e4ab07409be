import type { CalendarYear } from '../../../../shared/calendar/calendar-schema';
import { dayOfWeek, daysInMonth, formatDateString, isWeekend } from '../../../../shared/calendar/date-string';

type DayKind = 'holiday' | 'makeup' | 'weekend' | 'workday';
const kindTitles: Record<DayKind, string> = { holiday: '放假', makeup: '调休上班', weekend: '周末', workday: '工作日' };
const weekHeads = ['一', '二', '三', '四', '五', '六', '日'];

function kindOf(date: string, entry: CalendarYear): DayKind {
  if (date in entry.holidays) return 'holiday';
  if (date in entry.workdays) return 'makeup';
  return isWeekend(date) ? 'weekend' : 'workday';
}

function Month({ year, month, entry }: { year: number; month: number; entry: CalendarYear }) {
  const first = formatDateString({ year, month, day: 1 });
  // Weeks start on Monday, as on the State Council's notice.
  const blanks = (dayOfWeek(first) + 6) % 7;
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => formatDateString({ year, month, day: i + 1 }));
  return (
    <div className="year-preview-month">
      <div className="year-preview-title">{month}月</div>
      <div className="year-preview-grid">
        {weekHeads.map((head) => (
          <span key={head} className="year-preview-head">
            {head}
          </span>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <span key={`blank-${i}`} />
        ))}
        {days.map((date) => {
          const kind = kindOf(date, entry);
          const name = entry.holidays[date] ?? entry.workdays[date];
          return (
            <span
              key={date}
              className={`year-preview-day is-${kind}`}
              title={`${date} ${name ?? kindTitles[kind]}`}
              data-testid={`preview-${date}`}
              data-kind={kind}
            >
              {Number(date.slice(8))}
            </span>
          );
        })}
      </div>
    </div>
  );
}

/** The whole year at a glance: 放假 red, 调休上班 blue, weekends grey. */
export function YearPreview({ year, entry }: { year: number; entry: CalendarYear }) {
  const workingDays = Array.from({ length: 12 }, (_, m) => m + 1)
    .flatMap((month) => Array.from({ length: daysInMonth(year, month) }, (_, d) => formatDateString({ year, month, day: d + 1 })))
    .filter((date) => ['workday', 'makeup'].includes(kindOf(date, entry))).length;
  return (
    <div className="year-preview" data-testid="year-preview">
      <div className="year-preview-legend">
        <span className="year-preview-day is-holiday">休</span> 放假
        <span className="year-preview-day is-makeup">班</span> 调休上班
        <span className="year-preview-day is-weekend">六</span> 周末
        <span className="year-preview-count" data-testid="preview-working-days">
          全年工作日 {workingDays} 天
        </span>
      </div>
      <div className="year-preview-months">
        {Array.from({ length: 12 }, (_, m) => (
          <Month key={m} year={year} month={m + 1} entry={entry} />
        ))}
      </div>
    </div>
  );
}
