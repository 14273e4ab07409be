import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import { findPage } from './page-repository';
import type { PageStore } from './page-store';

const thumbnailWidth = 240;

/** A page's bytes for the viewer, or a small JPEG of an image page for the thumbnails. */
export async function pageContent(db: Db, store: PageStore, pageId: string, thumbnail: boolean): Promise<{ mime: string; bytes: Buffer }> {
  const row = findPage(db, pageId);
  if (!row) throw new AppError('NOT_FOUND', '该页不存在', 'pageId');
  if (!store.has(row.sha256)) throw new AppError('NOT_FOUND', '该页的文件缺失，请运行 npm run verify-store 检查并从备份恢复', 'pageId');
  const bytes = store.read(row.sha256);
  if (!thumbnail || row.mime !== 'image/jpeg') return { mime: row.mime, bytes };
  return { mime: 'image/jpeg', bytes: await sharp(bytes).resize({ width: thumbnailWidth }).jpeg({ quality: 70 }).toBuffer() };
}
