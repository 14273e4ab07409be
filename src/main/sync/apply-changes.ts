import { catalogueFileSchema } from '../../shared/catalogue/item-schema';
import type { Db } from '../db/open-database';
import { parseCalendarData } from '../../shared/calendar/calendar-schema';
import { appendAudit } from '../services/audit/audit-log';
import { recomputeProvisionalCases } from '../services/calendar/recompute-provisional';
import type { CalendarService } from '../services/calendar/calendar-service';
import type { CatalogueService } from '../services/catalogue/catalogue-service';
import { applyStatusUpdate } from '../services/lifecycle/apply-status-update';
import { setSetting } from '../services/settings/settings-repository';
import { caseStatusBodySchema, type ChangesPage } from '../../shared/sync/protocol';
import { insertCaseStatusUpdate } from './case-status-repository';
import { recordPullConflict } from './sync-errors-repository';

export const cursorKey = 'sync.cursor';

export interface PullServices {
  catalogue: CatalogueService;
  calendar: CalendarService;
}

/**
 * Applies one page of the centre's changes and moves the cursor past it, all in one transaction:
 * a crash leaves either the whole page applied with its cursor, or neither.
 * Who wins (docs/sync-protocol.md): the centre owns catalogue versions, the calendar and the
 * departments' status; the desk owns what its clerks recorded at intake, which no pull touches.
 */
export function applyChanges(db: Db, services: PullServices, page: ChangesPage, at: string): { applied: number; conflicts: number } {
  return db
    .transaction(() => {
      let conflicts = 0;
      for (const change of page.changes) {
        const key = `pull-${change.cursor}`;
        if (change.kind === 'catalogue') {
          const file = catalogueFileSchema.safeParse(change.body);
          if (!file.success) {
            recordPullConflict(db, key, 'catalogue', String(change.cursor), '中心发布的事项目录格式不正确，已跳过', at);
            conflicts += 1;
            continue;
          }
          const result = services.catalogue.applyPublished(file.data, at);
          for (const item of result.conflicts) {
            recordPullConflict(
              db,
              `${key}-${item.code}@${item.version}`,
              'catalogue',
              `${item.code}@${item.version}`,
              `本机已有事项“${item.name}”第 ${item.version} 版且内容与中心发布的不同，保留本机版本；请管理员核对后提高版本号重新发布`,
              at,
            );
            conflicts += 1;
          }
          appendAudit(db, {
            at,
            actorId: null,
            actorStaffNo: null,
            action: 'catalogue.pulled',
            entity: 'catalogue',
            entityId: String(change.cursor),
            detail: { imported: result.imported, conflicts: result.conflicts.length },
          });
        } else if (change.kind === 'calendar') {
          try {
            const years = services.calendar.importFromCentre(parseCalendarData(change.body));
            const recomputed = recomputeProvisionalCases({ db, ...services }, null, new Date(at));
            appendAudit(db, {
              at,
              actorId: null,
              actorStaffNo: null,
              action: 'calendar.pulled',
              entity: 'calendar',
              entityId: String(change.cursor),
              detail: { years, recomputed },
            });
          } catch (error) {
            recordPullConflict(
              db,
              key,
              'calendar',
              String(change.cursor),
              `中心发布的工作日历有误，已跳过：${(error as Error).message}`,
              at,
            );
            conflicts += 1;
          }
        } else if (change.kind === 'case-status') {
          const parsed = caseStatusBodySchema.safeParse(change.body);
          if (!parsed.success) {
            recordPullConflict(db, key, 'case-status', String(change.cursor), '中心发布的办理状态格式不正确，已跳过', at);
            conflicts += 1;
            continue;
          }
          const update = parsed.data;
          const stored = insertCaseStatusUpdate(db, change.cursor, update, at);
          appendAudit(db, {
            at,
            actorId: null,
            actorStaffNo: null,
            action: 'case.status.received',
            entity: 'case',
            entityId: update.caseNo,
            detail: { state: update.state, department: update.department },
          });
          // Once per cursor: a page pulled again (lost answer, crash before the cursor moved) moves nothing twice.
          if (stored) applyStatusUpdate(db, services, { cursor: change.cursor, ...update }, at);
        }
      }
      setSetting(db, cursorKey, String(page.nextCursor));
      return { applied: page.changes.length, conflicts };
    })
    .immediate();
}
