import type { SessionUser } from '../../../shared/contract/user-types';
import { defaultMaterialLimits, materialLimitsSchema, type MaterialLimits } from '../../../shared/materials/page-types';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { getSetting, setSetting } from '../settings/settings-repository';

const limitsKey = 'materials.limits';
const cameraKey = 'materials.cameraDeviceId';

export interface MaterialSettings {
  limits: MaterialLimits;
  /** The 高拍仪 chosen in 系统设置 (a getUserMedia device id of this PC); null: the first camera. */
  cameraDeviceId: string | null;
}

/** The hall's page limits (defaults until an administrator sets them) and this desk's camera. */
export function readMaterialSettings(db: Db): MaterialSettings {
  const stored = getSetting(db, limitsKey);
  const parsed = stored ? materialLimitsSchema.safeParse(JSON.parse(stored)) : null;
  return { limits: parsed?.success ? parsed.data : defaultMaterialLimits, cameraDeviceId: getSetting(db, cameraKey) || null };
}

export function updateMaterialSettings(db: Db, actor: SessionUser, settings: MaterialSettings, now: Date): MaterialSettings {
  const at = now.toISOString();
  return db
    .transaction(() => {
      setSetting(db, limitsKey, JSON.stringify(settings.limits));
      setSetting(db, cameraKey, settings.cameraDeviceId ?? '');
      recordChange(db, { actor, at, op: 'settings.updated', entity: 'desk-settings', entityId: 'materials', payload: settings.limits });
      return readMaterialSettings(db);
    })
    .immediate();
}
