import { defaultCaseNumberFormat, readCaseNumber } from '../../shared/intake/case-number';
import type { WindowSerial } from '../../shared/sync/protocol';
import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { windowCaseNos } from './registration-queries';

/**
 * The highest case serial per year the centre holds from this window, read with the desk's own
 * number formats: a desk restored from an old backup raises its serials above them, so it never
 * issues again a number the window already used (docs/sync-protocol.md §4.3).
 */
export async function windowSerials(sql: SqlQueries, desk: AuthenticatedDesk): Promise<WindowSerial[]> {
  const formats = [...new Set([defaultCaseNumberFormat, ...desk.caseNumberFormats])];
  const highest = new Map<number, number>();
  for (const caseNo of await windowCaseNos(sql, desk)) {
    for (const format of formats) {
      const read = readCaseNumber(format, caseNo, desk.hallCode, desk.deskNo);
      if (read) highest.set(read.year, Math.max(highest.get(read.year) ?? 0, read.serial));
    }
  }
  return [...highest].map(([year, serial]) => ({ year, serial }));
}
