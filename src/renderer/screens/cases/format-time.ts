import { defaultHallTimeZone, formatHallTime } from '../../../shared/time/hall-time';
import { useSession } from '../../stores/session-store';

/**
 * Times cross the contract as ISO strings; the clerk reads them in the hall's time zone, which
 * the back end reports in app.status (a hall setting), never in the zone of this PC.
 */
export function formatTime(iso: string, withSeconds = false): string {
  return formatHallTime(iso, useSession.getState().status?.timeZone ?? defaultHallTimeZone, withSeconds);
}
