import { Server, type ServerOptions } from '@tus/server';
import { join } from 'node:path';
import type { Sql } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { isBlobHash } from './blob-store';
import { declaredPageSize } from './case-pages-queries';
import { sha256OfFile } from './hash-file';
import type { PagesDeps } from './page-routes';
import { defaultUploadExpiryDays, openUploadsStore } from './upload-expiry';

import { pageUploadsPath } from '../../shared/sync/page-references';
/** The largest page a hall may allow (materialLimitsSchema: maxPageMb ≤ 16): no upload may declare more. */
export const maxPageBytes = 16 * 1024 * 1024;
/** Answered when the received bytes do not hash to the declared sha256: the upload is gone, the desk starts again. */
export const hashMismatchStatus = 422;

type TusRequest = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0];
type Upload = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[1];

/** A tus refusal: the status and a Chinese body the desk shows. */
const refuse = (status_code: number, body: string) => ({ status_code, body });

/**
 * The tus endpoint (`@tus/server`, FileStore for the parts received so far). Every request was
 * authenticated as a desk before it gets here (`deskOf`). An upload is created only for a page a
 * case of the desk's hall refers to, with the size that case declared; when the last byte
 * arrives the centre hashes what it received and only then puts the blob and answers 204. A
 * mismatch discards the upload and answers 422; nothing is stored. An upload left unfinished
 * expires (upload-expiry.ts): the centre answers 410 for it and a clean-up round removes it.
 */
export function createTusUploads(sql: Sql, pages: PagesDeps, deskOf: (req: TusRequest) => AuthenticatedDesk) {
  const { blobs, uploadsDir } = pages;
  const datastore = openUploadsStore(uploadsDir, pages.uploadExpiryDays ?? defaultUploadExpiryDays);
  const metadataOf = (upload: Upload) => ({ sha256: upload.metadata?.sha256 ?? '', hallCode: upload.metadata?.hallCode ?? '' });
  return new Server({
    path: pageUploadsPath,
    datastore,
    // Through a TLS proxy or a test's fault proxy, the desk resolves the upload URL against its own endpoint.
    relativeLocation: true,
    maxSize: maxPageBytes,
    async onUploadCreate(req, upload) {
      const desk = deskOf(req);
      const sha256 = upload.metadata?.sha256 ?? '';
      if (!isBlobHash(sha256)) throw refuse(400, '上传缺少有效的页面哈希（sha256）');
      const declared = await declaredPageSize(sql, desk.hallCode, sha256);
      if (declared === null) throw refuse(400, '本大厅没有引用该页面的案件，不能上传');
      if (upload.size !== declared) throw refuse(400, `页面大小与案件登记的不一致（应为 ${declared} 字节）`);
      // The hall is the credential's, never what the desk wrote in the metadata.
      return { metadata: { ...upload.metadata, sha256, hallCode: desk.hallCode, deskNo: desk.deskNo } };
    },
    async onIncomingRequest(req, uploadId) {
      if (req.method === 'POST' || req.method === 'OPTIONS') return;
      const desk = deskOf(req);
      const upload = await datastore.getUpload(uploadId).catch(() => null);
      if (upload !== null && metadataOf(upload).hallCode !== desk.hallCode) throw refuse(404, '上传不存在');
    },
    async onUploadFinish(_req, upload) {
      const { sha256 } = metadataOf(upload);
      const received = join(uploadsDir, upload.id);
      if ((await sha256OfFile(received)) !== sha256) {
        await datastore.remove(upload.id);
        throw refuse(hashMismatchStatus, '中心收到的页面内容与哈希不符，已丢弃，请重新上传');
      }
      await blobs.putVerifiedFile(sha256, received);
      await datastore.configstore.delete(upload.id);
      return {};
    },
  });
}
