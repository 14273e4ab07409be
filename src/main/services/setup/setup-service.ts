import { AppError } from '../../../shared/errors';
import type { Hall, SetupInput } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { toSessionUser } from '../auth/auth-service';
import { readPrintSettings, storePrintSettings } from '../printing/print-settings';
import { recordChange } from '../record-change';
import { readHall, writeHall } from '../settings/hall-settings';
import { hashPassword } from '../users/password';
import { findUserByStaffNo, insertUser } from '../users/user-repository';

export function isSetupDone(db: Db): boolean {
  return readHall(db) !== null;
}

/**
 * First start: the hall, this desk, the first administrator and what the paper names (status
 * site, 行政复议机关, 人民法院; these may wait for 系统设置), all in one transaction.
 */
export async function initializeDesk(
  db: Db,
  input: Pick<SetupInput, 'hallName' | 'hallCode' | 'deskNo' | 'admin'> &
    Partial<Pick<SetupInput, 'statusBaseUrl' | 'reviewAuthority' | 'litigationCourt'>>,
  now: Date,
): Promise<SessionUser> {
  if (isSetupDone(db)) throw new AppError('CONFLICT', '受理台已完成初始化，请直接登录');
  const passwordHash = await hashPassword(input.admin.password);
  const at = now.toISOString();
  return db
    .transaction(() => {
      if (isSetupDone(db)) throw new AppError('CONFLICT', '受理台已完成初始化，请直接登录');
      const hall: Hall = { name: input.hallName, code: input.hallCode, deskNo: input.deskNo };
      writeHall(db, hall);
      const existing = findUserByStaffNo(db, input.admin.staffNo);
      if (existing) throw new AppError('CONFLICT', `工号 ${input.admin.staffNo} 已存在`, 'admin.staffNo');
      const admin = insertUser(db, { staffNo: input.admin.staffNo, name: input.admin.name, role: 'admin', passwordHash, at });
      const actor = { id: admin.id, staffNo: admin.staff_no };
      recordChange(db, { actor, at, op: 'desk.initialized', entity: 'desk', entityId: `${hall.code}-${hall.deskNo}`, payload: hall });
      recordChange(db, {
        actor,
        at,
        op: 'user.created',
        entity: 'user',
        entityId: String(admin.id),
        payload: { id: admin.id, staffNo: admin.staff_no, name: admin.name, role: 'admin', active: true },
      });
      const paper = {
        statusBaseUrl: input.statusBaseUrl ?? '',
        reviewAuthority: input.reviewAuthority ?? '',
        litigationCourt: input.litigationCourt ?? '',
      };
      if (Object.values(paper).some(Boolean)) storePrintSettings(db, actor, { ...readPrintSettings(db), ...paper }, at);
      return toSessionUser(admin);
    })
    .immediate();
}
