import { request, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../src/shared/contract/push-events';
import { parsePushEvent } from '../../../src/shared/contract/push-events';
import { startWebHost, type WebHost } from '../../../src/main/web/web-host';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
const w = 'admin-window';

beforeEach(async () => {
  desk = openTestDesk({ startSync: false });
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

async function registerOne(sessionKey: string) {
  const { materials } = await receiptsFor(desk, [socialCardItem], sessionKey);
  await desk.call(
    'cases.register',
    registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
    sessionKey,
  );
}

/** Resolves with the first push the predicate accepts. */
function nextPush(predicate: (event: PushEvent) => boolean): Promise<PushEvent> {
  return new Promise((resolve) => {
    const stop = desk.backend.pushes.subscribe((event) => {
      if (!predicate(event)) return;
      stop();
      resolve(event);
    });
  });
}

describe('sync status pushed by the back end', () => {
  it('sends a new change to send to a subscriber, with nobody asking for the status', async () => {
    const before = desk.backend.pushes.current().data.pending;
    const pushed = nextPush((e) => e.event === 'sync.status' && e.data.pending > before);
    await registerOne(w);
    expect(await pushed).toMatchObject({ event: 'sync.status', data: { pending: before + 1, enrolled: false } });
    expect(desk.backend.pushes.current().data.pending).toBe(before + 1);
  });

  it('sends the engine running and then stopping', async () => {
    const seen: boolean[] = [];
    const stop = desk.backend.pushes.subscribe((e) => e.event === 'sync.status' && seen.push(e.data.syncing));
    await desk.call('sync.now', {}, w);
    stop();
    expect(seen).toEqual([true, false]);
  });

  it('sends nothing when nothing changed', async () => {
    const seen: PushEvent[] = [];
    const stop = desk.backend.pushes.subscribe((e) => seen.push(e));
    await desk.call('sync.status', {}, w);
    await desk.call('cases.search', {}, w);
    stop();
    expect(seen).toEqual([]);
  });
});

describe("the web host's event stream", () => {
  let host: WebHost;
  beforeEach(async () => {
    host = await startWebHost({ backend: desk.backend, staticDir: desk.dataDir, port: 0 });
  });
  afterEach(() => host.close());

  function get(path: string, cookie?: string): Promise<IncomingMessage> {
    const { port } = new URL(host.origin);
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}`, ...(cookie ? { Cookie: cookie } : {}) } },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
  }

  async function launchCookie(): Promise<{ cookie: string; sessionKey: string }> {
    const launch = await get(new URL(host.launchUrl).pathname + new URL(host.launchUrl).search);
    launch.resume();
    const cookie = String(launch.headers['set-cookie']).split(';')[0]!;
    return { cookie, sessionKey: `browser-${cookie.split('=')[1]}` };
  }

  /** Reads server-sent events off the stream, parsed as the renderer does. */
  function events(response: IncomingMessage): AsyncGenerator<PushEvent> {
    return (async function* () {
      let buffer = '';
      for await (const chunk of response) {
        buffer += (chunk as Buffer).toString('utf8');
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          const event = name && data ? parsePushEvent({ event: name, data: JSON.parse(data) }) : null;
          if (event) yield event;
        }
      }
    })();
  }

  it('refuses a browser without the launch cookie, and a browser nobody signed in at', async () => {
    expect((await get('/events')).statusCode).toBe(401);
    const { cookie } = await launchCookie();
    const anonymous = await get('/events', cookie);
    anonymous.resume();
    expect(anonymous.statusCode).toBe(401);
  });

  it('streams the current state, then each change', async () => {
    const { cookie, sessionKey } = await launchCookie();
    await desk.call('auth.login', { staffNo: 'A001', password: 'Admin2026pass' }, sessionKey);
    const response = await get('/events', cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const stream = events(response);
    const before = desk.backend.pushes.current().data.pending;
    expect((await stream.next()).value).toMatchObject({ event: 'sync.status', data: { pending: before } });
    await registerOne(sessionKey);
    expect((await stream.next()).value).toMatchObject({ event: 'sync.status', data: { pending: before + 1 } });
    response.destroy();
  });
});
