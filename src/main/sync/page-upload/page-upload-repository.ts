import { z } from 'zod';
import type { PageReferenceInEvent } from '../../../shared/sync/page-references';
import type { Db } from '../../db/open-database';
import { cachedStatement } from '../../db/statement-cache';

export const uploadStates = ['pending', 'done', 'failed'] as const;

const uploadRowSchema = z.object({
  sha256: z.string(),
  case_no: z.string(),
  mime: z.string(),
  size: z.number(),
  state: z.enum(uploadStates),
  upload_url: z.string().nullable(),
  bytes_sent: z.number(),
  attempts: z.number(),
  last_error: z.string().nullable(),
});
export type PageUploadRow = z.infer<typeof uploadRowSchema>;

const eventNamingPagesSchema = z.object({ event_id: z.string(), entity: z.string(), payload: z.string() });

/**
 * Of the acknowledged events with these seqs, those that may name pages, by event id, with their
 * entity and parsed payload: a case or material-page event whose text mentions a sha256 (the rest
 * are not parsed on the acknowledgement's path). One statement for a whole batch.
 */
export function outboxEventsNamingPages(db: Db, seqs: readonly number[]): Map<string, { entity: string; payload: unknown }> {
  const rows = cachedStatement(
    db,
    `SELECT event_id, entity, payload FROM outbox
     WHERE seq IN (SELECT value FROM json_each(?)) AND entity IN ('case', 'material-page') AND instr(payload, '"sha256"') > 0`,
  ).all(JSON.stringify(seqs));
  return new Map(
    rows.map((r) => {
      const row = eventNamingPagesSchema.parse(r);
      return [row.event_id, { entity: row.entity, payload: JSON.parse(row.payload) as unknown }];
    }),
  );
}

/** Queues a page file once, whichever case named it first (the centre keeps one file per hash). */
export function enqueuePageUpload(db: Db, page: PageReferenceInEvent, at: string): void {
  cachedStatement(
    db,
    'INSERT INTO page_uploads (sha256, case_no, mime, size, queued_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(page.sha256, page.caseNo, page.mime, page.size, at);
}

/** The oldest pending uploads, other than those already on the way. */
export function nextPendingUploads(db: Db, limit: number, except: readonly string[] = []): PageUploadRow[] {
  return db
    .prepare(
      `SELECT * FROM page_uploads WHERE state = 'pending' AND sha256 NOT IN (SELECT value FROM json_each(?))
       ORDER BY queued_at, sha256 LIMIT ?`,
    )
    .all(JSON.stringify(except), limit)
    .map((r) => uploadRowSchema.parse(r));
}

export function saveUploadUrl(db: Db, sha256: string, url: string | null): void {
  db.prepare('UPDATE page_uploads SET upload_url = ? WHERE sha256 = ?').run(url, sha256);
}

export function saveBytesSent(db: Db, sha256: string, bytes: number): void {
  db.prepare('UPDATE page_uploads SET bytes_sent = ? WHERE sha256 = ?').run(bytes, sha256);
}

/** The centre has the file: uploaded now (`bytesSent` = its size) or already there (0). */
export function markUploadDone(db: Db, sha256: string, bytesSent: number, at: string): void {
  db.transaction(() => {
    const done = db
      .prepare(
        "UPDATE page_uploads SET state = 'done', bytes_sent = ?, upload_url = NULL, last_error = NULL, done_at = ? WHERE sha256 = ? AND state = 'pending'",
      )
      .run(bytesSent, at, sha256);
    if (done.changes > 0) db.prepare('UPDATE page_upload_totals SET bytes_sent = bytes_sent + ? WHERE id = 1').run(bytesSent);
  }).immediate();
}

/** A failed attempt: kept pending (resumable unless `restart`) until `giveUpAfter` attempts, then 'failed'. */
export function recordUploadFailure(db: Db, sha256: string, reason: string, restart: boolean, giveUpAfter: number): void {
  db.prepare(
    `UPDATE page_uploads SET attempts = attempts + 1, last_error = ?,
       upload_url = CASE WHEN ? THEN NULL ELSE upload_url END,
       bytes_sent = CASE WHEN ? THEN 0 ELSE bytes_sent END,
       state = CASE WHEN ? AND attempts + 1 >= ? THEN 'failed' ELSE state END
     WHERE sha256 = ?`,
  ).run(reason, Number(restart), Number(restart), Number(restart), giveUpAfter, sha256);
}

export interface UploadFigures {
  /** Pages the centre still has to receive. */
  pagesPending: number;
  bytesPending: number;
  bytesSent: number;
  /** Pages given up on after repeated hash refusals (the supervisor's to look into). */
  pagesFailed: number;
}

export function uploadFigures(db: Db): UploadFigures {
  // Pending and failed rows through their partial indexes; finished bytes from the running total.
  return z.object({ pagesPending: z.number(), bytesPending: z.number(), bytesSent: z.number(), pagesFailed: z.number() }).parse(
    db
      .prepare(
        `SELECT count(*) AS pagesPending, coalesce(sum(size - bytes_sent), 0) AS bytesPending,
             coalesce(sum(bytes_sent), 0) + (SELECT bytes_sent FROM page_upload_totals WHERE id = 1) AS bytesSent,
             (SELECT count(*) FROM page_uploads WHERE state = 'failed') AS pagesFailed
           FROM page_uploads WHERE state = 'pending'`,
      )
      .get(),
  );
}
