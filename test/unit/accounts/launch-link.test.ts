import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ratingViewHeader } from '../../../src/shared/contract/rating-view';
import { startWebHost, type WebHost } from '../../../src/main/web/web-host';
import { adminPassword, openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
let host: WebHost;

function send(
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; cookie: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, host.origin), { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0]!, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const launchPath = () => new URL(host.launchUrl).pathname + new URL(host.launchUrl).search;
const api = (channel: string, cookie: string, input: unknown, extra: Record<string, string> = {}) =>
  send(`/api/${channel}`, { Cookie: cookie, 'Content-Type': 'application/json', ...extra }, JSON.stringify(input)).then(
    (r) => JSON.parse(r.body) as { ok: boolean; value?: { user: unknown } },
  );

beforeEach(async () => {
  desk = openTestDesk();
  const staticDir = mkdtempSync(join(tmpdir(), 'halldesk-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>desk</title>');
  host = await startWebHost({ backend: desk.backend, staticDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  desk.close();
});

describe('the web host launch link', () => {
  it('works once: a second use is refused and gets no cookie', async () => {
    const first = await send(launchPath());
    expect(first.status).toBe(302);
    expect(first.cookie).toMatch(/^halldesk_browser=/);
    const second = await send(launchPath());
    expect(second.status).toBe(403);
    expect(second.cookie).toBe('');
    expect(second.body).toContain('只能打开一次');
  });

  it('gives the rating view of the same browser a session apart from the clerk who logged in', async () => {
    const { cookie } = await send(launchPath());
    await setUpDesk(desk);
    expect((await api('auth.login', cookie, { staffNo: 'A001', password: adminPassword })).ok).toBe(true);
    expect((await api('app.status', cookie, {})).value?.user).toMatchObject({ staffNo: 'A001' });
    expect((await api('app.status', cookie, {}, { [ratingViewHeader]: 'rating' })).value?.user).toBeNull();
  }, 30_000);
});
