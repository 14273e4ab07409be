import type { SupervisionSettings } from '../../../shared/contract/lifecycle-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { defaultYellowDays, maxYellowDays } from '../../../shared/lifecycle/warning-level';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { getSetting, setSetting } from '../settings/settings-repository';

const yellowDaysKey = 'supervision.yellowDays';

/** Working days left at which a case turns yellow: a hall setting (2 unless set). */
export function readYellowDays(db: Db): number {
  const value = Number(getSetting(db, yellowDaysKey) ?? defaultYellowDays);
  return Number.isInteger(value) && value >= 0 && value <= maxYellowDays ? value : defaultYellowDays;
}

export function readSupervisionSettings(db: Db): SupervisionSettings {
  return { yellowDays: readYellowDays(db) };
}

export function updateSupervisionSettings(db: Db, actor: SessionUser, settings: SupervisionSettings, now: Date): SupervisionSettings {
  return db
    .transaction(() => {
      setSetting(db, yellowDaysKey, String(settings.yellowDays));
      recordChange(db, {
        actor,
        at: now.toISOString(),
        op: 'settings.updated',
        entity: 'desk-settings',
        entityId: 'supervision',
        payload: { supervision: settings },
        auditDetail: { supervision: settings },
      });
      return readSupervisionSettings(db);
    })
    .immediate();
}
