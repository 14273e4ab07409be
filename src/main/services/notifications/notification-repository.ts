import { z } from 'zod';
import { notificationSchema } from '../../../shared/notifications/notification-schemas';
import type { Db } from '../../db/open-database';
import { parseRows } from '../../db/parse-row';

const notificationRowSchema = z.object({
  id: z.number(),
  kind: notificationSchema.shape.kind,
  case_no: z.string().nullable(),
  message: z.string(),
  at: z.string(),
  by_staff_no: z.string(),
  by_name: z.string(),
});
export type NotificationRow = z.output<typeof notificationRowSchema>;

export function insertNotification(db: Db, userId: number, row: Omit<NotificationRow, 'id'>): void {
  db.prepare('INSERT INTO notifications (user_id, kind, case_no, message, at, by_staff_no, by_name) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    userId,
    row.kind,
    row.case_no,
    row.message,
    row.at,
    row.by_staff_no,
    row.by_name,
  );
}

export function listUnreadNotifications(db: Db, userId: number): NotificationRow[] {
  const rows = db.prepare('SELECT * FROM notifications WHERE user_id = ? AND read_at IS NULL ORDER BY id DESC LIMIT 50').all(userId);
  return parseRows(notificationRowSchema, rows, '提醒');
}

/** Returns whether a notice was marked (only the user's own, unread). */
export function markNotificationRowRead(db: Db, userId: number, id: number, at: string): boolean {
  return (
    db.prepare('UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL').run(at, id, userId).changes > 0
  );
}
