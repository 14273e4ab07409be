import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { api } from './desk-fixtures';
import { centreHookTimeout, startTestCentre, testAdminToken } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';

/** A POST whose body is sent chunked, without Content-Length: the limit must be kept while it streams in. */
function postChunked(centre: TestCentre, path: string, chunks: string[]): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, centre.url), { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

/** Sends a request line and one header, then nothing more; resolves with what the centre said when it closed. */
function sendHeadersNeverFinished(centre: TestCentre): Promise<string> {
  const { hostname, port } = new URL(centre.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write('GET /v1/health HTTP/1.1\r\nHost: centre\r\n'));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });
}

export function defineHttpTests(store: TestStore): void {
  let centre: TestCentre | undefined;
  const start = async (options: Parameters<typeof startTestCentre>[1] = {}) => (centre = await startTestCentre(store, options));
  afterEach(async () => {
    await centre?.close();
    centre = undefined;
  }, centreHookTimeout);

  it('answers an unknown address with 404 and a known one asked with another method with 405, in Chinese', async () => {
    const c = await start();
    const missing = await api(c, '/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '请求的地址不存在' } });
    const wrongMethod = await api(c, '/v1/enrol', { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json.error.message).toBe('此地址不支持 GET 请求');
    expect((await api(c, '/v1/health', { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses a body that is not JSON with 400, and an oversized chunked body with 413 while it streams', async () => {
    const c = await start();
    const notJson = await api(c, '/v1/enrol', { rawBody: '{"enrolmentCode":' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error.message).toBe('请求内容不是有效的 JSON');
    const chunked = await postChunked(c, '/v1/enrol', ['{"enrolmentCode":"', 'x'.repeat(20 * 1024), '"}']);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.text)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请求内容过大' } });
    const declared = await fetch(new URL('/v1/enrol', c.url), { method: 'POST', body: 'x'.repeat(20 * 1024) });
    expect(declared.status).toBe(413);
    expect(declared.headers.get('connection')).toBe('close');
    const small = await postChunked(c, '/v1/enrol', ['{"enrolmentCode":"', 'x'.repeat(10), '"}']);
    expect(JSON.parse(small.text)).toMatchObject({ ok: false, error: { field: 'hallCode' } });
  });

  it('sends its pages with a CSP that allows nothing from elsewhere, no framing and no caching', async () => {
    const c = await start();
    for (const path of ['/admin', '/status?case=x&code=y']) {
      const response = await fetch(new URL(path, c.url));
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(await response.text()).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    }
  });

  it('marks the admin cookie Secure only when the trusted proxy says the browser came over TLS', async () => {
    const signIn = async (headers: Record<string, string>) => {
      const url = new URL(`/admin?token=${testAdminToken}`, centre?.url);
      return (await fetch(url, { headers, redirect: 'manual' })).headers.get('set-cookie') ?? '';
    };
    await start();
    expect(await signIn({ 'x-forwarded-proto': 'https' })).not.toMatch(/Secure/);
    await centre?.close();
    await start({ trustedProxy: '127.0.0.1' });
    expect(await signIn({})).not.toMatch(/Secure/);
    const secure = await signIn({ 'x-forwarded-proto': 'https' });
    expect(secure).toMatch(/; Secure/);
    expect(secure).toMatch(/HttpOnly/);
    expect(secure).toMatch(/SameSite=Strict/);
    expect(secure).toMatch(/Path=\/admin/);
  });

  it('answers an unexpected failure with a Chinese 500 and reports it, without the stack', async () => {
    const reported: string[] = [];
    const c = await start({ logError: (message) => reported.push(message) });
    await c.sql.query('DROP TABLE publications CASCADE');
    const reply = await api(c, '/v1/admin/overview', { auth: `Bearer ${testAdminToken}` });
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({ ok: false, error: { code: 'INTERNAL', message: '中心平台内部错误，请稍后重试' } });
    expect(reported).toEqual(['GET /v1/admin/overview failed']);
  });

  it('closes a connection whose headers do not arrive in time (slow-loris), on the Node server', async () => {
    const c = await start({ timeouts: { headersMs: 300, requestMs: 600 } });
    expect(await sendHeadersNeverFinished(c)).toMatch(/^HTTP\/1\.1 408/);
    expect((await api(c, '/v1/health')).status).toBe(200);
  });
}
