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
