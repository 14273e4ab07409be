import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { HandoverNote } from '../../../shared/ledger/ledger-schemas';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { findHandoverNote, latestHandoverNoteNotBy, saveHandoverNoteRow, type NoteRow } from './handover-note-repository';

const toNote = (row: NoteRow): HandoverNote => ({
  day: row.day,
  staffNo: row.staff_no,
  name: row.name,
  text: row.text,
  savedAt: row.saved_at,
});

export function handoverNoteOf(db: Db, userId: number, day: string): HandoverNote | null {
  const row = findHandoverNote(db, userId, day);
  return row ? toNote(row) : null;
}

/** The clerk's hand-over note for today's ledger; saving again replaces it. Audited. */
export function saveHandoverNote(db: Db, user: SessionUser, text: string, now: Date): HandoverNote {
  const at = now.toISOString();
  const day = hallDate(now);
  db.transaction(() => {
    saveHandoverNoteRow(db, { day, userId: user.id, staffNo: user.staffNo, name: user.name, text, at });
    appendAudit(db, {
      at,
      actorId: user.id,
      actorStaffNo: user.staffNo,
      action: 'ledger.handover-saved',
      entity: 'handover-note',
      entityId: day,
      detail: { text },
    });
  }).immediate();
  return handoverNoteOf(db, user.id, day)!;
}

/**
 * What the person now at this desk should read: the latest note someone else left here. The
 * desk is one window, so "at this desk" is every note in its store.
 */
export function latestHandoverFor(db: Db, user: SessionUser): HandoverNote | null {
  const row = latestHandoverNoteNotBy(db, user.id);
  return row ? toNote(row) : null;
}
