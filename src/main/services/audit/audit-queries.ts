import { hallDayRange } from '../../../shared/time/hall-time';
import { readHallTimeZone } from '../settings/hall-time-zone';
import type { Db } from '../../db/open-database';
import type { AuditRow } from './audit-log';

export interface AuditFilter {
  staffNo?: string | undefined;
  action?: string | undefined;
  /** A hall day (Asia/Shanghai), YYYY-MM-DD. */
  day?: string | undefined;
}

/** Newest first, filtered by person, action and hall day; each row with the person's current name. */
export function queryAudit(
  db: Db,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): { total: number; rows: (AuditRow & { actor_name: string | null })[] } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.staffNo) {
    where.push('a.actor_staff_no = @staffNo COLLATE NOCASE');
    params.staffNo = filter.staffNo;
  }
  if (filter.action) {
    // A case event recorded as 'case.updated' is found by its own kind too (e.g. 出件).
    where.push("(a.action = @action OR (a.action = 'case.updated' AND json_extract(a.detail, '$.event') = @action))");
    params.action = filter.action;
  }
  if (filter.day) {
    const range = hallDayRange(filter.day, readHallTimeZone(db));
    where.push('a.at >= @from AND a.at < @to');
    Object.assign(params, range);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log a ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT a.*, u.name AS actor_name FROM audit_log a LEFT JOIN users u ON u.staff_no = a.actor_staff_no COLLATE NOCASE
       ${clause} ORDER BY a.seq DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: pageSize, offset: (page - 1) * pageSize }) as (AuditRow & { actor_name: string | null })[];
  return { total, rows };
}

/** Everyone who appears in the log, for the person filter. */
export function auditPeople(db: Db): { staffNo: string; name: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT a.actor_staff_no AS staffNo, coalesce(u.name, a.actor_staff_no) AS name FROM audit_log a
       LEFT JOIN users u ON u.staff_no = a.actor_staff_no COLLATE NOCASE WHERE a.actor_staff_no IS NOT NULL ORDER BY a.actor_staff_no`,
    )
    .all() as { staffNo: string; name: string }[];
}
