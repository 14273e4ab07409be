import type { DeskSettings } from '../../../shared/contract/settings-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { defaultCaseNumberFormat } from '../../../shared/intake/case-number';
import type { Db } from '../../db/open-database';
import { sessionIdleMinutes } from '../auth/session-settings';
import { recordChange } from '../record-change';
import { hallTimeZoneKey, readHallTimeZone } from './hall-time-zone';
import { getSetting, setSetting } from './settings-repository';

export function readDeskSettings(db: Db): DeskSettings {
  return {
    idReader: getSetting(db, 'idReader.kind') === 'fake' ? 'fake' : 'none',
    caseNumberFormat: getSetting(db, 'case.numberFormat') ?? defaultCaseNumberFormat,
    sessionIdleMinutes: sessionIdleMinutes(db),
    timeZone: readHallTimeZone(db),
  };
}

/** Changing the number format affects new cases only: printed numbers never change. */
export function updateDeskSettings(db: Db, actor: SessionUser, settings: DeskSettings, now: Date): DeskSettings {
  const at = now.toISOString();
  return db
    .transaction(() => {
      setSetting(db, 'idReader.kind', settings.idReader);
      setSetting(db, 'case.numberFormat', settings.caseNumberFormat);
      setSetting(db, 'auth.sessionIdleMinutes', String(settings.sessionIdleMinutes));
      setSetting(db, hallTimeZoneKey, settings.timeZone);
      recordChange(db, { actor, at, op: 'settings.updated', entity: 'desk-settings', entityId: 'desk', payload: settings });
      return readDeskSettings(db);
    })
    .immediate();
}
