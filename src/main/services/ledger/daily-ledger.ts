import { hallDate } from '../../../shared/calendar/hall-date';
import { hallDayRange } from '../../../shared/time/hall-time';
import { readHallTimeZone } from '../settings/hall-time-zone';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { decisionKinds } from '../../../shared/intake/decision';
import type { DailyLedger } from '../../../shared/ledger/ledger-schemas';
import { caseDocTypes, docTypeInfo } from '../../../shared/print/doc-types';
import type { Db } from '../../db/open-database';
import { findUserByStaffNo } from '../users/user-repository';
import { handoverNoteOf } from './handover-notes';
import { countPrintedByType, listClerkCasesOn, listHandedOut } from './ledger-queries';

interface Clerk {
  id: number;
  staffNo: string;
  name: string;
}

function whoseLedger(db: Db, user: SessionUser, staffNo: string | undefined): Clerk {
  if (staffNo === undefined || staffNo.toLowerCase() === user.staffNo.toLowerCase())
    return { id: user.id, staffNo: user.staffNo, name: user.name };
  if (user.role !== 'supervisor' && user.role !== 'admin') throw new AppError('FORBIDDEN', '只能查看本人的日结');
  const other = findUserByStaffNo(db, staffNo);
  if (!other) throw new AppError('NOT_FOUND', `未找到工号 ${staffNo}`, 'staffNo');
  return { id: other.id, staffNo: other.staff_no, name: other.name };
}

/**
 * 日结: what one clerk did on one hall day: the cases they registered by decision (voided ones
 * apart), the documents they printed by type (originals and 补打), the results they handed out
 * (from the audit log, which names who did it), and their hand-over note.
 */
export function readDailyLedger(db: Db, hall: Hall, user: SessionUser, input: { day?: string; staffNo?: string }, now: Date): DailyLedger {
  const day = input.day ?? hallDate(now);
  const clerk = whoseLedger(db, user, input.staffNo);
  const range = hallDayRange(day, readHallTimeZone(db));
  const cases = listClerkCasesOn(db, clerk.id, day);
  const counted = cases.filter((c) => c.state !== 'voided');
  const printed = countPrintedByType(db, clerk.id, range);
  const handedOut = listHandedOut(db, clerk.id, range);
  return {
    day,
    hallName: hall.name,
    deskNo: hall.deskNo,
    clerk: { staffNo: clerk.staffNo, name: clerk.name },
    byDecision: decisionKinds.map((decision) => ({ decision, count: counted.filter((c) => c.decision === decision).length })),
    voided: cases.length - counted.length,
    cases,
    documents: caseDocTypes
      .map((docType) => {
        const row = printed.find((p) => p.docType === docType);
        return { docType, title: docTypeInfo[docType].title, originals: row?.originals ?? 0, reprints: row?.reprints ?? 0 };
      })
      .filter((d) => d.originals + d.reprints > 0),
    handedOut,
    note: handoverNoteOf(db, clerk.id, day),
  };
}
