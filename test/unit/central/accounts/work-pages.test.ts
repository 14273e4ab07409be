import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdminGuard } from '../../../../src/central/admin/admin-auth';
import type { Sql } from '../../../../src/central/db/sql';
import { createCentralApp } from '../../../../src/central/http/central-app';

const incoming = { socket: { remoteAddress: '127.0.0.1' }, headers: {} } as unknown as IncomingMessage;
// Pages without a session cookie never reach the store.
const noStore = {} as Sql;

function appServing(webDir: string) {
  return createCentralApp({
    sql: noStore,
    admin: createAdminGuard('pages-admin-token-0123456789'),
    version: 'test',
    logError: () => {},
    webDir,
  });
}

describe('the centre web app at /work', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'centre-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>中心</title>');
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
  const app = appServing(webDir);

  it('serves its files and index.html for any other /work path, under a CSP without inline scripts', async () => {
    const asset = await app.request('/work/assets/app.js', {}, { incoming });
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(1)');
    for (const path of ['/work', '/work/', '/work/accounts']) {
      const page = await app.request(path, {}, { incoming });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>中心</title>');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('says in Chinese when the web app was not built', async () => {
    const reply = await appServing(join(webDir, 'missing')).request('/work/', {}, { incoming });
    expect(reply.status).toBe(503);
    expect(((await reply.json()) as { error: { message: string } }).error.message).toContain('npm run build');
  });
});
