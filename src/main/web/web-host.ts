import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../../shared/security/csp';
import type { Backend } from '../backend/backend';
import { readStaticFile } from './static-files';
import { ratingViewHeader } from '../../shared/contract/rating-view';
import { pushStreamPath } from '../../shared/contract/push-events';
import { streamPushes } from './push-stream';
import { browserCookie, isSameOriginRequest, randomToken, readCookie, sameToken } from './web-guard';

export interface WebHostOptions {
  backend: Backend;
  staticDir: string;
  port: number;
  /** Tests shorten these; the defaults are `webHostTimeouts`. */
  timeouts?: Partial<WebHostTimeouts>;
}

export interface WebHostTimeouts {
  /** Headers must arrive within this. */
  headersMs: number;
  /** The whole request, body included (a slow upload cannot hold a connection forever). */
  requestMs: number;
  /** A connection with no traffic at all is closed after this. */
  idleMs: number;
}

/** A body of 32 MiB on the loopback arrives in well under a second; a minute is generous. */
export const webHostTimeouts: WebHostTimeouts = { headersMs: 10_000, requestMs: 60_000, idleMs: 120_000 };

export interface WebHost {
  origin: string;
  /** Opens the desk in a browser: carries the per-launch token, exchanged for a cookie. */
  launchUrl: string;
  close(): Promise<void>;
}

/**
 * The largest call is `catalogue.import`: the shipped catalogue (33 items) is 182 KB, about
 * 5.5 KB an item, so 32 MiB holds a catalogue of some 5,000 items with JSON escaping, and the
 * contract's own cap of 20 million characters when the file is mostly ASCII.
 */
export const maxBodyBytes = 32 * 1024 * 1024;
export const bodyTooLargeMessage = '请求内容过大（超过 32 MB），请拆分后再试';

class BodyTooLarge extends Error {}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string, extra: Record<string, string> = {}) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType, ...extra });
  response.end(body);
}

function sendRefusal(response: ServerResponse, status: number, message: string) {
  send(response, status, `<!doctype html><meta charset="utf-8"><title>HallDesk</title><p>${message}</p>`, 'text/html; charset=utf-8');
}

function sendJsonError(response: ServerResponse, status: number, message: string, extra: Record<string, string> = {}) {
  send(response, status, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message } }), 'application/json; charset=utf-8', extra);
}

async function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length']) > maxBodyBytes) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A path whose %-escapes do not decode is a client's mistake (400), not a server failure. */
function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local web host: the same contract as the Electron bridge, over HTTP on 127.0.0.1 only.
 * A random token per launch lets exactly the browser that opened the launch URL in; every API
 * call then needs that browser's cookie, and the back end's own login on top.
 */
export async function startWebHost({ backend, staticDir, port, timeouts }: WebHostOptions): Promise<WebHost> {
  // Works once: a link copied from the console or the browser's history lets nobody else in.
  let launchToken: string | null = randomToken();
  const launchUrlPath = `/launch?token=${launchToken}`;
  const browsers = new Set<string>();
  let origin = '';
  const limits = { ...webHostTimeouts, ...timeouts };

  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      // How often Node checks the two above; by default only every 30 s.
      connectionsCheckingInterval: Math.min(1_000, limits.headersMs),
    },
    (request, response) => {
      void handle(request, response).catch(() => {
        if (!response.headersSent) sendRefusal(response, 500, '系统内部错误');
      });
    },
  );
  server.setTimeout(limits.idleMs);
  server.keepAliveTimeout = Math.min(5_000, limits.idleMs);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!isSameOriginRequest(request, origin)) return sendRefusal(response, 403, '拒绝访问：来源不符');
    const url = new URL(request.url ?? '/', origin);
    if (!decodablePath(url.pathname)) return sendRefusal(response, 400, '地址格式错误');
    if (url.pathname === '/launch') {
      if (launchToken === null || !sameToken(url.searchParams.get('token') ?? '', launchToken)) {
        return sendRefusal(response, 403, '启动链接无效或已使用过（每个链接只能打开一次），请重新启动受理台以获得新的链接。');
      }
      launchToken = null;
      const browserKey = randomToken();
      browsers.add(browserKey);
      response.writeHead(302, {
        ...securityHeaders,
        Location: '/',
        'Set-Cookie': `${browserCookie}=${browserKey}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return response.end();
    }
    const browserKey = readCookie(request, browserCookie);
    if (!browserKey || !browsers.has(browserKey)) {
      return sendRefusal(response, 401, '请使用受理台启动时输出的链接打开本页面。');
    }
    if (url.pathname === pushStreamPath && request.method === 'GET') {
      return streamPushes(request, response, backend, `browser-${browserKey}`, securityHeaders);
    }
    const document = /^\/documents\/(\d{1,12})\.pdf$/.exec(url.pathname);
    if (document && request.method === 'GET') {
      // A printed document for the browser's own PDF viewer (print, save): the same session and
      // role checks as any call, through the back end's `print.pdf`.
      const result = await backend.dispatch({
        channel: 'print.pdf',
        input: { documentId: Number(document[1]) },
        sessionKey: `browser-${browserKey}`,
      });
      if (!result.ok) return sendRefusal(response, result.error.code === 'NOT_FOUND' ? 404 : 403, result.error.message);
      const file = result.value as { fileName: string; pdfBase64: string };
      return send(response, 200, Buffer.from(file.pdfBase64, 'base64'), 'application/pdf', {
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'X-Frame-Options': 'SAMEORIGIN',
        'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'",
      });
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST' || !request.headers['content-type']?.startsWith('application/json')) {
        return sendRefusal(response, 405, '仅接受 JSON 调用');
      }
      let input: unknown;
      try {
        const body = await readBody(request);
        input = body ? JSON.parse(body) : {};
      } catch (error) {
        // A refused upload may still be streaming in: answer and close rather than read the rest.
        if (error instanceof BodyTooLarge) return sendJsonError(response, 413, bodyTooLargeMessage, { Connection: 'close' });
        return sendJsonError(response, 400, '请求格式错误');
      }
      const channel = url.pathname.slice('/api/'.length);
      // The applicant-facing rating view is a page of the same browser, but never the clerk's
      // session: it calls with a session of its own, which has no user (ratings need none).
      const view = request.headers[ratingViewHeader] === 'rating' ? 'rating-view-' : 'browser-';
      const result = await backend.dispatch({ channel, input, sessionKey: `${view}${browserKey}` });
      return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }
    const file = await readStaticFile(staticDir, url.pathname);
    if (!file) return sendRefusal(response, 404, '页面不存在');
    return send(response, 200, file.body, file.contentType);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    launchUrl: `${origin}${launchUrlPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
