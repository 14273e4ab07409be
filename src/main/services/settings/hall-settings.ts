import type { Hall } from '../../../shared/contract/app-endpoints';
import type { Db } from '../../db/open-database';
import { getSetting, setSetting } from './settings-repository';

export function readHall(db: Db): Hall | null {
  const name = getSetting(db, 'hall.name');
  const code = getSetting(db, 'hall.code');
  const deskNo = getSetting(db, 'hall.deskNo');
  return name && code && deskNo ? { name, code, deskNo } : null;
}

export function writeHall(db: Db, hall: Hall): void {
  setSetting(db, 'hall.name', hall.name);
  setSetting(db, 'hall.code', hall.code);
  setSetting(db, 'hall.deskNo', hall.deskNo);
}

/** Five wrong passwords lock an account for this long (a hall setting; 15 minutes by default). */
export function lockoutMinutes(db: Db): number {
  const value = Number(getSetting(db, 'auth.lockoutMinutes') ?? '15');
  return Number.isFinite(value) && value > 0 ? value : 15;
}

export const maxFailedLogins = 5;
