import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../src/main/web/web-host';
import { openTestDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
let host: WebHost;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(path, host.origin);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
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
  const staticDir = mkdtempSync(join(tmpdir(), 'halldesk-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>desk</title>');
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
    expect((await send('/api/app.status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('refuses a wrong launch token', async () => {
    expect((await send('/launch?token=guess')).status).toBe(403);
  });

  it('lets the launched browser in, with the CSP header, and still needs a login for data', async () => {
    const cookie = await browserCookie();
    const page = await send('/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const status = await send('/api/app.status', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { setupDone: false, user: null } });
    const users = await send('/api/users.list', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
    expect(JSON.parse(users.body)).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });
  });

  it('refuses other hosts (DNS rebinding), foreign origins and non-JSON calls', async () => {
    const cookie = await browserCookie();
    expect((await send('/', { headers: { Cookie: cookie, Host: 'evil.example' } })).status).toBe(403);
    const json = { Cookie: cookie, 'Content-Type': 'application/json' };
    expect((await send('/api/app.status', { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
    expect((await send('/api/app.status', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(405);
    expect((await send('/api/app.status', { method: 'POST', headers: json, body: '{bad' })).status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    const cookie = await browserCookie();
    expect((await send('/assets/..%2f..%2f..%2fetc%2fpasswd.txt', { headers: { Cookie: cookie } })).status).toBe(404);
  });
});
