import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { defaultMaterialLimits, materialLimitsSchema, type MaterialLimits } from '../../../shared/materials/page-types';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { getSetting, setSetting } from '../settings/settings-repository';

const limitsKey = 'materials.limits';
const cameraKey = 'materials.cameraDeviceId';
const scannerFolderKey = 'materials.scannerFolder';

export interface MaterialSettings {
  limits: MaterialLimits;
  /** The 高拍仪 chosen in 系统设置 (a getUserMedia device id of this PC); null: the first camera. */
  cameraDeviceId: string | null;
  /** This desk's watched scanner folder (a path on this PC or a share); null: off. */
  scannerFolder: string | null;
}

/** The hall's page limits (defaults until an administrator sets them) and this desk's camera. */
export function readMaterialSettings(db: Db): MaterialSettings {
  const stored = getSetting(db, limitsKey);
  const parsed = stored ? materialLimitsSchema.safeParse(JSON.parse(stored)) : null;
  return {
    limits: parsed?.success ? parsed.data : defaultMaterialLimits,
    cameraDeviceId: getSetting(db, cameraKey) || null,
    scannerFolder: getSetting(db, scannerFolderKey) || null,
  };
}

export function updateMaterialSettings(db: Db, actor: SessionUser, settings: MaterialSettings, now: Date): MaterialSettings {
  const at = now.toISOString();
  if (settings.scannerFolder) checkScannerFolder(settings.scannerFolder);
  return db
    .transaction(() => {
      setSetting(db, limitsKey, JSON.stringify(settings.limits));
      setSetting(db, cameraKey, settings.cameraDeviceId ?? '');
      setSetting(db, scannerFolderKey, settings.scannerFolder ?? '');
      recordChange(db, { actor, at, op: 'settings.updated', entity: 'desk-settings', entityId: 'materials', payload: settings.limits });
      return readMaterialSettings(db);
    })
    .immediate();
}

/** A scanner folder must be a folder that exists, named in full (not relative to wherever the desk started). */
function checkScannerFolder(path: string): void {
  if (!isAbsolute(path)) throw new AppError('VALIDATION', '扫描文件夹请填写完整路径（如 D:\\扫描 或 /home/用户/扫描）', 'scannerFolder');
  if (!isFolder(path)) throw new AppError('VALIDATION', `扫描文件夹“${path}”不存在或不是文件夹`, 'scannerFolder');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
