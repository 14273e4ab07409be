import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { authenticateDesk } from '../desks/authenticate-desk';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { kib } from '../http/read-body';
import { okReply } from '../http/replies';
import { jsonInput, limitBody } from '../http/validate-input';
import { isBlobHash, type BlobStore } from './blob-store';
import { pageReferences } from './case-pages-queries';
import { mayReadCasePage, type PageReader } from './may-read-case-page';
import { pageUploadsPath as uploadsPath } from '../../shared/sync/page-references';
import { createTusUploads } from './tus-uploads';

/** What the page routes need beside the database: where blobs live and where tus keeps partial uploads. */
export interface PagesDeps {
  blobs: BlobStore;
  /** Partial uploads (tus FileStore); on the blob store's file system, so a verified one is renamed into place. */
  uploadsDir: string;
  /** CENTRAL_UPLOAD_EXPIRY_DAYS: when an unfinished upload expires (upload-expiry.ts); its default when not given. */
  uploadExpiryDays?: number;
}

/** How many hashes one `POST /v1/pages/missing` may ask about. */
export const maxHashesPerQuestion = 500;

const missingInputSchema = z.object({
  hashes: z
    .array(z.string().refine(isBlobHash, '页面哈希应为 64 位小写十六进制'))
    .max(maxHashesPerQuestion, `一次最多询问 ${maxHashesPerQuestion} 个页面`),
});

/**
 * Pages between desks and the centre (docs/sync-protocol.md, "Pages"): which pages the centre
 * lacks, the tus upload endpoint, and a page for those allowed to see a case that refers to it.
 */
export function pageRoutes(deps: CentralDeps, pages: PagesDeps): Hono<CentralEnv> {
  const { sql } = deps;
  const desks = new WeakMap<Request, AuthenticatedDesk>();
  const tus = createTusUploads(sql, pages, (req) => {
    const desk = desks.get(req as unknown as Request);
    if (desk === undefined) throw new AppError('UNAUTHENTICATED', '缺少接入凭证');
    return desk;
  });
  const deskOnly = createMiddleware<CentralEnv>(async (c, next) => {
    await authenticateDesk(sql, c.req.header('authorization'));
    await next();
  });
  const handleTus = async (c: Context<CentralEnv>) => {
    desks.set(c.req.raw, await authenticateDesk(sql, c.req.header('authorization')));
    return tus.handleWeb(c.req.raw);
  };
  return (
    new Hono<CentralEnv>()
      // The credential before the body, as for batches: an unknown caller cannot make the centre read it.
      .post('/v1/pages/missing', deskOnly, limitBody(64 * kib, '请求内容过大'), jsonInput(missingInputSchema), async (c) => {
        const { hashes } = c.get('input');
        const present = await Promise.all(hashes.map((h) => pages.blobs.has(h)));
        return okReply(c, { missing: hashes.filter((_, i) => present[i] !== true) });
      })
      .all(uploadsPath, handleTus)
      .all(`${uploadsPath}/*`, handleTus)
      .get('/v1/pages/:sha256', async (c) => {
        const sha256 = c.req.param('sha256');
        const reader = await readerOf(deps, c);
        const references = isBlobHash(sha256) ? await pageReferences(sql, sha256) : [];
        if (!(await mayReadCasePage(sql, reader, references))) throw new AppError('NOT_FOUND', '页面不存在或无权查看');
        const bytes = await pages.blobs.get(sha256);
        if (bytes === null) throw new AppError('NOT_FOUND', '该页面尚未上传到中心');
        return c.body(Readable.toWeb(bytes) as ReadableStream, 200, {
          'content-type': references[0]?.mime ?? 'application/octet-stream',
          'cache-control': 'private, no-store',
          etag: `"${sha256}"`,
          'x-content-type-options': 'nosniff',
        });
      })
  );
}

/** The admin token, a desk credential, or the signed-in centre account; nobody else reads a page. */
async function readerOf(deps: CentralDeps, c: Context<CentralEnv>): Promise<PageReader> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined && authorization !== '') {
    const given = authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : '';
    if (deps.admin.isToken(given)) return { kind: 'admin-token' };
    return { kind: 'desk', hallCode: (await authenticateDesk(deps.sql, authorization)).hallCode };
  }
  const user = c.get('centreUser');
  if (user === undefined) throw new AppError('UNAUTHENTICATED', '请先登录中心平台');
  if (c.get('centreSession')?.mustChangePassword === true)
    throw new AppError('FORBIDDEN', '请先修改初始密码（首次登录或密码被重置后须先修改）');
  return { kind: 'centre-user', user };
}
