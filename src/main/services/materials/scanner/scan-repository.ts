import { z } from 'zod';
import type { ScannedFile } from '../../../../shared/materials/scan-types';
import type { Db } from '../../../db/open-database';

const scanRowSchema = z.object({
  scan_id: z.string(),
  file_name: z.string(),
  sha256: z.string(),
  size: z.number(),
  state: z.enum(['waiting', 'refused', 'assigned', 'removed']),
  reason: z.string().nullable(),
  taken_at: z.string(),
});
export type ScanRow = z.infer<typeof scanRowSchema>;

export function insertScan(db: Db, row: ScanRow): void {
  db.prepare(
    `INSERT INTO scanned_files (scan_id, file_name, sha256, size, state, reason, taken_at)
     VALUES (@scan_id, @file_name, @sha256, @size, @state, @reason, @taken_at)`,
  ).run(row);
}

/** Whether a file with these bytes was ever taken from the folder (taken once, whatever became of it). */
export function scanHashTaken(db: Db, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM scanned_files WHERE sha256 = ?').get(sha256) !== undefined;
}

export function findScan(db: Db, scanId: string): ScanRow | undefined {
  const row = db.prepare('SELECT * FROM scanned_files WHERE scan_id = ?').get(scanId);
  return row === undefined ? undefined : scanRowSchema.parse(row);
}

/** The tray: files waiting for a line and refused ones not yet dismissed, oldest first. */
export function openScans(db: Db): ScannedFile[] {
  const rows = db.prepare(`SELECT * FROM scanned_files WHERE state IN ('waiting', 'refused') ORDER BY taken_at, rowid`).all();
  return rows.map((raw) => {
    const row = scanRowSchema.parse(raw);
    const state = row.state === 'refused' ? 'refused' : 'waiting';
    return { scanId: row.scan_id, fileName: row.file_name, size: row.size, state, reason: row.reason, takenAt: row.taken_at };
  });
}

/** Takes a file off the tray; false when it was no longer there (put on a line or removed meanwhile). */
export function settleScan(db: Db, scanId: string, state: 'assigned' | 'removed', at: string, staffNo: string): boolean {
  return (
    db
      .prepare(
        `UPDATE scanned_files SET state = ?, settled_at = ?, settled_by_staff_no = ?
         WHERE scan_id = ? AND state IN ('waiting', 'refused') AND (? = 'removed' OR state = 'waiting')`,
      )
      .run(state, at, staffNo, scanId, state).changes === 1
  );
}
