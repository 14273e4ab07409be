import type { SessionUser } from '../../../shared/contract/user-types';
import {
  defaultPageUploadSettings,
  pageUploadSettingsSchema,
  type PageUploadSettings,
} from '../../../shared/contract/page-upload-endpoints';
import type { Db } from '../../db/open-database';
import { recordChange } from '../../services/record-change';
import { getSetting, setSetting } from '../../services/settings/settings-repository';

const settingsKey = 'pageUpload.settings';

/** This desk's page upload limits: the defaults until an administrator sets them in 系统设置. */
export function readPageUploadSettings(db: Db): PageUploadSettings {
  const stored = getSetting(db, settingsKey);
  const parsed = stored ? pageUploadSettingsSchema.safeParse(JSON.parse(stored)) : null;
  return parsed?.success ? parsed.data : defaultPageUploadSettings;
}

export function updatePageUploadSettings(db: Db, actor: SessionUser, settings: PageUploadSettings, now: Date): PageUploadSettings {
  const at = now.toISOString();
  return db
    .transaction(() => {
      setSetting(db, settingsKey, JSON.stringify(settings));
      recordChange(db, { actor, at, op: 'settings.updated', entity: 'desk-settings', entityId: 'page-upload', payload: settings });
      return readPageUploadSettings(db);
    })
    .immediate();
}
