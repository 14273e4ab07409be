import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import type { UserRecord } from '../users/user-repository';
import { findUserByStaffNo, listActiveStaffExcept } from '../users/user-repository';

/*
 * Who works a 差评: never the person who was rated. A supervisor (督查/科长) assigns it; until they
 * do, it sits with the hall's default responsible person, else with a supervisor, who either
 * works it or passes it on from the 好差评 page.
 */

export const ratedPersonMessage = (name: string, staffNo: string) =>
  `差评整改不能交给被评价的人员（${name}，工号 ${staffNo}），请另选责任人`;

/** Active accounts a follow-up may go to: everyone at the hall but agents and the rated person. */
export function assignableUsers(db: Db, ratedStaffNo: string): UserRecord[] {
  return listActiveStaffExcept(db, ratedStaffNo);
}

/**
 * The responsible person a new follow-up opens with: the hall's default if it is someone other
 * than the rated person, else the first supervisor, else an administrator. Only a desk with no
 * other account at all leaves it with the rated person (the screen then asks for another).
 */
export function initialResponsible(db: Db, defaultStaffNo: string | null, rated: UserRecord): UserRecord {
  const chosen = defaultStaffNo ? findUserByStaffNo(db, defaultStaffNo) : undefined;
  if (chosen && chosen.active === 1 && chosen.id !== rated.id) return chosen;
  const others = assignableUsers(db, rated.staff_no).filter((u) => u.role === 'supervisor' || u.role === 'admin');
  return others[0] ?? rated;
}

export function requireNotRated(target: UserRecord, rated: { staffNo: string; name: string }): void {
  if (target.staff_no.toLowerCase() === rated.staffNo.toLowerCase())
    throw new AppError('VALIDATION', ratedPersonMessage(rated.name, rated.staffNo), 'staffNo');
}
