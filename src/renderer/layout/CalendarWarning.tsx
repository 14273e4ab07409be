import { Button, Typography } from 'antd';
import { nextYearCalendarWarning } from '../../shared/calendar/next-year-warning';
import { useCallQuery } from '../data/use-call';
import { useCalendarFocus } from '../stores/calendar-store';
import { useNav } from '../stores/nav-store';

/** From 1 November: next year's 节假日安排 is missing (an administrator gets a link to enter it). */
export function CalendarWarning({ isAdmin }: { isAdmin: boolean }) {
  const status = useCallQuery('calendar.status', {}).data;
  const focus = useCalendarFocus((s) => s.focus);
  const go = useNav((s) => s.go);
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
