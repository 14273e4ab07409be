import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open-database';
import {
  enqueuePageUpload,
  markUploadDone,
  nextPendingUploads,
  recordUploadFailure,
  uploadFigures,
} from '../../../src/main/sync/page-upload/page-upload-repository';
import { hashRefusalsBeforeGivingUp } from '../../../src/main/sync/page-upload/page-uploader';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
const w = 'admin-window';
beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

const page = (n: number) => ({
  sha256: String(n).repeat(64),
  caseNo: 'JC-03-2026-000001',
  materialKey: 'id',
  mime: 'image/jpeg',
  size: 1000 * n,
});

describe('the page upload queue', () => {
  it('keeps a page once, resumes after a drop, restarts after a refusal and gives up after repeated ones', () => {
    const db = openDatabase(join(desk.dataDir, 'halldesk.sqlite3'));
    try {
      enqueuePageUpload(db, page(1), 'now');
      enqueuePageUpload(db, { ...page(1), caseNo: 'JC-03-2026-000009' }, 'later');
      enqueuePageUpload(db, page(2), 'now');
      expect(nextPendingUploads(db, 10).map((r) => [r.sha256[0], r.case_no])).toEqual([
        ['1', 'JC-03-2026-000001'],
        ['2', 'JC-03-2026-000001'],
      ]);
      db.prepare("UPDATE page_uploads SET upload_url = 'http://c/u/1', bytes_sent = 400 WHERE sha256 = ?").run(page(1).sha256);
      recordUploadFailure(db, page(1).sha256, '断网', false, hashRefusalsBeforeGivingUp);
      expect(nextPendingUploads(db, 1)[0]).toMatchObject({ upload_url: 'http://c/u/1', bytes_sent: 400, attempts: 1 });
      for (let i = 0; i < hashRefusalsBeforeGivingUp; i += 1)
        recordUploadFailure(db, page(2).sha256, '哈希不符', true, hashRefusalsBeforeGivingUp);
      markUploadDone(db, page(1).sha256, 1000, 'now');
      markUploadDone(db, page(1).sha256, 1000, 'again');
      expect(nextPendingUploads(db, 10)).toEqual([]);
      expect(uploadFigures(db)).toEqual({ pagesPending: 0, bytesPending: 0, bytesSent: 1000, pagesFailed: 1 });
    } finally {
      db.close();
    }
  });

  it('is set in 系统设置: limits checked, the change recorded for the centre', async () => {
    expect(await desk.call('pageUpload.settings', {}, w)).toEqual({ maxInFlight: 2, maxKibPerSecond: 0 });
    expect(await desk.call('pageUpload.updateSettings', { maxInFlight: 3, maxKibPerSecond: 256 }, w)).toEqual({
      maxInFlight: 3,
      maxKibPerSecond: 256,
    });
    expect((await desk.fail('pageUpload.updateSettings', { maxInFlight: 0, maxKibPerSecond: 0 }, w)).message).toContain('至少 1 个');
    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
    const event = db.prepare("SELECT payload FROM outbox WHERE entity = 'desk-settings' AND entity_id = 'page-upload'").get() as {
      payload: string;
    };
    db.close();
    expect(JSON.parse(event.payload)).toEqual({ maxInFlight: 3, maxKibPerSecond: 256 });
  });
});
