import type { Db } from '../../db/open-database';

export interface NoteRow {
  day: string;
  staff_no: string;
  name: string;
  text: string;
  saved_at: string;
}

export function findHandoverNote(db: Db, userId: number, day: string): NoteRow | undefined {
  return db.prepare('SELECT * FROM handover_notes WHERE user_id = ? AND day = ?').get(userId, day) as NoteRow | undefined;
}

/** Saving again the same day replaces the text. */
export function saveHandoverNoteRow(
  db: Db,
  note: { day: string; userId: number; staffNo: string; name: string; text: string; at: string },
): void {
  db.prepare(
    `INSERT INTO handover_notes (day, user_id, staff_no, name, text, saved_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, day) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at`,
  ).run(note.day, note.userId, note.staffNo, note.name, note.text, note.at);
}

/** The latest note someone other than `userId` left in this store. */
export function latestHandoverNoteNotBy(db: Db, userId: number): NoteRow | undefined {
  return db.prepare('SELECT * FROM handover_notes WHERE user_id <> ? ORDER BY saved_at DESC, id DESC LIMIT 1').get(userId) as
    NoteRow | undefined;
}
