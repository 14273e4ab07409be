import { Button, Typography } from 'antd';
import { useEffect } from 'react';
import { nextYearCalendarWarning } from '../../shared/calendar/next-year-warning';
import { useCalendar } from '../stores/calendar-store';
import { useNav } from '../stores/nav-store';

/** From 1 November: next year's 节假日安排 is missing (an administrator gets a link to enter it). */
export function CalendarWarning({ isAdmin }: { isAdmin: boolean }) {
  const { status, load, focus } = useCalendar();
  const go = useNav((s) => s.go);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  const warning = status
    ? nextYearCalendarWarning(
        status.today,
        status.years.map((y) => y.year),
      )
    : null;
  if (!warning) return null;
  return (
    <span className="calendar-warning" data-testid="calendar-header-warning">
      <Typography.Text className="calendar-warning-text">⚠ {warning}</Typography.Text>
      {isAdmin && (
        <Button
          size="small"
          type="link"
          className="calendar-warning-link"
          onClick={() => {
            go('settings');
            focus();
          }}
          data-testid="calendar-header-link"
        >
          去录入
        </Button>
      )}
    </span>
  );
}
