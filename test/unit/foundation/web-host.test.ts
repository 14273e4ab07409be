import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyTooLargeMessage, maxBodyBytes, startWebHost, type WebHost } from '../../../src/main/web/web-host';
import { openTestDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
let host: WebHost;
let staticDir: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; chunked?: boolean } = {},
): Promise<Reply> {
  // Raw path: URL() would normalise `..` and `%2e%2e` before the host ever saw them.
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    // The host may answer 413 and close while the body is still going out.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (options.chunked && options.body !== undefined) {
      for (let at = 0; at < options.body.length; at += 1 << 20) req.write(options.body.slice(at, at + (1 << 20)));
      req.end();
    } else req.end(options.body);
  });
}

async function browserCookie(): Promise<string> {
  const launch = await send(new URL(host.launchUrl).pathname + new URL(host.launchUrl).search);
  expect(launch.status).toBe(302);
  const cookie = String(launch.headers['set-cookie']);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

beforeEach(async () => {
  desk = openTestDesk();
  // The static folder sits in a parent that also holds a real secret and a look-alike sibling.
  const parent = mkdtempSync(join(tmpdir(), 'halldesk-web-'));
  staticDir = join(parent, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(staticDir, 'assets', 'app.txt'), 'inside');
  writeFileSync(join(parent, 'secret.txt'), 'SECRET-OUTSIDE');
  mkdirSync(join(parent, 'static2'));
  writeFileSync(join(parent, 'static2', 'secret.txt'), 'SECRET-SIBLING');
  host = await startWebHost({ backend: desk.backend, staticDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  desk.close();
});

describe('local web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('serves nothing, page or API, without the launch cookie', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/api/app.status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(
      401,
    );
  });

  it('refuses a wrong launch token', async () => {
    expect((await send('/launch?token=guess')).status).toBe(403);
  });

  it('lets the launched browser in, with the CSP header, and still needs a login for data', async () => {
    const cookie = await browserCookie();
    const page = await send('/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const status = await send('/api/app.status', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { setupDone: false, user: null } });
    const users = await send('/api/users.list', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(users.body)).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });
  });

  it('refuses other hosts (DNS rebinding), foreign origins and non-JSON calls', async () => {
    const cookie = await browserCookie();
    expect((await send('/', { headers: { Cookie: cookie, Host: 'evil.example' } })).status).toBe(403);
    const json = { Cookie: cookie, 'Content-Type': 'application/json' };
    expect(
      (await send('/api/app.status', { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body: '{}' })).status,
    ).toBe(403);
    expect(
      (await send('/api/app.status', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{}' })).status,
    ).toBe(405);
    expect((await send('/api/app.status', { method: 'POST', headers: json, body: '{bad' })).status).toBe(400);
  });

  it('does not serve files outside the renderer folder, however the path is spelt', async () => {
    const cookie = await browserCookie();
    expect((await send('/assets/app.txt', { headers: { Cookie: cookie } })).body).toBe('inside');
    for (const path of [
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/..%2fstatic2%2fsecret.txt',
      '/../secret.txt',
    ]) {
      const reply = await send(path, { headers: { Cookie: cookie } });
      expect(reply.body, path).not.toContain('SECRET');
      expect(reply.status, path).toBe(404);
    }
  });

  it('answers a malformed %-escape with 400, not a server error', async () => {
    const cookie = await browserCookie();
    for (const path of ['/%E0%A4%A', '/assets/%zz.js', '/%'])
      expect((await send(path, { headers: { Cookie: cookie } })).status, path).toBe(400);
  });

  it('takes a body the size of a large catalogue import, and refuses one over the limit with 413', async () => {
    const cookie = await browserCookie();
    const json = { Cookie: cookie, 'Content-Type': 'application/json' };
    // The seed catalogue is far below the limit; a catalogue 20 times its size still reaches the back end.
    const seed = readFileSync(join(process.cwd(), 'resources/catalogue/seed-catalogue.json'), 'utf8');
    expect(Buffer.byteLength(JSON.stringify({ text: seed })) * 100).toBeLessThan(maxBodyBytes);
    const large = await send('/api/catalogue.import', { method: 'POST', headers: json, body: JSON.stringify({ text: seed.repeat(20) }) });
    expect(large.status).toBe(200);
    expect(JSON.parse(large.body)).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });

    const declared = await send('/api/catalogue.import', {
      method: 'POST',
      headers: { ...json, 'Content-Length': String(maxBodyBytes + 1) },
      body: '{}',
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: bodyTooLargeMessage } });
    const streamed = await send('/api/catalogue.import', {
      method: 'POST',
      headers: json,
      body: 'x'.repeat(maxBodyBytes + 1),
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('closes a connection whose headers or body never finish', async () => {
    await host.close();
    host = await startWebHost({ backend: desk.backend, staticDir, port: 0, timeouts: { headersMs: 300, requestMs: 600, idleMs: 600 } });
    const cookie = await browserCookie();
    const hostHeader = `Host: ${new URL(host.origin).host}`;
    const slowBody = `POST /api/app.status HTTP/1.1\r\n${hostHeader}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`;
    for (const partial of [`GET / HTTP/1.1\r\n${hostHeader}\r\n`, slowBody, '']) {
      const socket = connect(Number(new URL(host.origin).port), '127.0.0.1');
      const closed = new Promise<string>((resolve) => {
        let received = '';
        socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
        socket.on('close', () => resolve(received));
        socket.on('error', () => undefined);
      });
      socket.write(partial);
      const received = await closed;
      if (received !== '') expect(received).toMatch(/^HTTP\/1\.1 408/);
    }
  });
});
