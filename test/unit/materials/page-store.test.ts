import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageStore, sha256Hex } from '../../../src/main/services/materials/page-store';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { samplePdf, sampleJpeg, toBase64 } from '../../helpers/material-files';

let desk: TestDesk;
const w = 'window';
beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

const pageRows = () => {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  try {
    return db.prepare('SELECT page_id, sha256, deleted_at FROM material_pages').all() as {
      page_id: string;
      sha256: string;
      deleted_at: string | null;
    }[];
  } finally {
    db.close();
  }
};

describe('the page store', () => {
  it('names a page by its sha256 under pages/ab/, writes it once and leaves no temp file', () => {
    const store = new PageStore(join(desk.dataDir, 'pages'));
    const bytes = samplePdf(1);
    const hash = store.put(bytes);
    expect(hash).toBe(sha256Hex(bytes));
    expect(store.pathOf(hash)).toBe(join(desk.dataDir, 'pages', hash.slice(0, 2), hash));
    expect(store.read(hash).equals(bytes)).toBe(true);
    expect(store.put(bytes)).toBe(hash);
    expect(readdirSync(join(desk.dataDir, 'pages', hash.slice(0, 2)))).toEqual([hash]);
  });
});

describe('adding pages to a material line', () => {
  const draftId = randomUUID();
  const target = { draftId };

  it('stores the file, then the row, its outbox event and its audit entry', async () => {
    const pages = await desk.call(
      'materials.addPages',
      { target, materialKey: 'applicant-id', source: 'file', files: [{ name: 'id.pdf', base64: toBase64(samplePdf(2)) }] },
      w,
    );
    expect(pages).toMatchObject([{ materialKey: 'applicant-id', order: 0, mime: 'application/pdf', sheets: 2, createdByStaffNo: 'A001' }]);
    expect(existsSync(join(desk.dataDir, 'pages', pages[0]!.sha256.slice(0, 2), pages[0]!.sha256))).toBe(true);
    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
    const event = db.prepare("SELECT entity, op, payload FROM outbox WHERE entity = 'material-page'").get() as {
      op: string;
      payload: string;
    };
    const audit = db.prepare("SELECT action FROM audit_log WHERE action = 'material.pages-added'").all();
    db.close();
    expect(event.op).toBe('material.pages-added');
    expect(JSON.parse(event.payload)).toMatchObject({ draftId, materialKey: 'applicant-id', pages: [{ sha256: pages[0]!.sha256 }] });
    expect(audit).toHaveLength(1);
  });

  it('leaves no row when the process dies after the file is written but before the row commits', async () => {
    const file = join(desk.dataDir, 'halldesk.sqlite3');
    const db = new Database(file);
    db.exec("CREATE TRIGGER crash BEFORE INSERT ON outbox WHEN NEW.entity = 'material-page' BEGIN SELECT RAISE(ABORT, 'crash'); END");
    db.close();
    const bytes = samplePdf(1);
    await desk.fail(
      'materials.addPages',
      { target, materialKey: 'applicant-id', source: 'file', files: [{ name: 'a.pdf', base64: toBase64(bytes) }] },
      w,
    );
    expect(pageRows()).toEqual([]);
    // The file is there (written first): at worst an unreferenced file, never a row without its file.
    expect(existsSync(join(desk.dataDir, 'pages', sha256Hex(bytes).slice(0, 2), sha256Hex(bytes)))).toBe(true);
  });

  it('writes no row when the file cannot be stored', async () => {
    // A file where the pages folder should be: the write fails before any transaction starts.
    writeFileSync(join(desk.dataDir, 'pages'), 'not a folder');
    const error = await desk.fail(
      'materials.addPages',
      { target, materialKey: 'applicant-id', source: 'file', files: [{ name: 'a.pdf', base64: toBase64(samplePdf(1)) }] },
      w,
    );
    expect(error.code).not.toBe('VALIDATION');
    expect(pageRows()).toEqual([]);
  });

  it('keeps a deleted page’s row and file, off the line', async () => {
    const [page] = await desk.call(
      'materials.addPages',
      {
        target,
        materialKey: 'applicant-id',
        source: 'camera',
        files: [{ name: '拍摄1.jpg', base64: toBase64(await sampleJpeg(800, 1000)) }],
      },
      w,
    );
    expect(await desk.call('materials.deletePage', { pageId: page!.pageId }, w)).toEqual([]);
    expect(await desk.call('materials.list', { target }, w)).toEqual([]);
    expect(pageRows()).toMatchObject([{ page_id: page!.pageId, sha256: page!.sha256, deleted_at: expect.any(String) }]);
    expect(existsSync(join(desk.dataDir, 'pages', page!.sha256.slice(0, 2), page!.sha256))).toBe(true);
  });

  it('refuses pages past the hall’s limits', async () => {
    const settings = await desk.call('materials.settings', {}, w);
    await desk.call('materials.updateSettings', { ...settings, limits: { maxPageMb: 1, maxPagesPerMaterial: 2, maxPagesPerCase: 3 } }, w);
    const pdf = { name: 'a.pdf', base64: toBase64(samplePdf(1)) };
    const add = (materialKey: string, count: number) => ({
      target,
      materialKey,
      source: 'file' as const,
      files: Array.from({ length: count }, () => pdf),
    });
    expect((await desk.fail('materials.addPages', add('applicant-id', 3), w)).message).toBe('每项材料最多 2 页（已有 0 页）');
    await desk.call('materials.addPages', add('applicant-id', 2), w);
    expect((await desk.fail('materials.addPages', add('photo', 2), w)).message).toBe('每件最多 3 页（已有 2 页）');
    const big = { name: 'big.jpg', base64: toBase64(Buffer.alloc(1024 * 1024 + 1, 0xff)) };
    expect((await desk.fail('materials.addPages', { target, materialKey: 'photo', source: 'file', files: [big] }, w)).message).toBe(
      '文件“big.jpg”超过单页上限 1 MB',
    );
  });
});
