import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { HandoverNote } from '../../../shared/ledger/ledger-schemas';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';

interface NoteRow {
  day: string;
  staff_no: string;
  name: string;
  text: string;
  saved_at: string;
}

const toNote = (row: NoteRow): HandoverNote => ({
  day: row.day,
  staffNo: row.staff_no,
  name: row.name,
  text: row.text,
  savedAt: row.saved_at,
});

export function handoverNoteOf(db: Db, userId: number, day: string): HandoverNote | null {
  const row = db.prepare('SELECT * FROM handover_notes WHERE user_id = ? AND day = ?').get(userId, day) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

/** The clerk's hand-over note for today's ledger; saving again replaces it. Audited. */
export function saveHandoverNote(db: Db, user: SessionUser, text: string, now: Date): HandoverNote {
  const at = now.toISOString();
  const day = hallDate(now);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO handover_notes (day, user_id, staff_no, name, text, saved_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (user_id, day) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at`,
    ).run(day, user.id, user.staffNo, user.name, text, at);
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
  const row = db.prepare('SELECT * FROM handover_notes WHERE user_id <> ? ORDER BY saved_at DESC, id DESC LIMIT 1').get(user.id) as
    NoteRow | undefined;
  return row ? toNote(row) : null;
}
