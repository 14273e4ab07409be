import { describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { installIpcBridge, invokeChannel, relayInvoke, type InvokeSource } from '../../../src/main/electron/ipc-bridge';

const appEntryUrl = 'file:///opt/HallDesk/out/renderer/index.html';

function source(url: string | null, parent: unknown = null, id = 7): InvokeSource {
  return { sender: { id }, senderFrame: url === null ? null : { url, parent } };
}

function recordingBackend(answer: unknown = { ok: true, value: 1 }) {
  const calls: unknown[][] = [];
  return {
    calls,
    call: (...args: unknown[]) => {
      calls.push(args);
      return Promise.resolve(answer);
    },
  };
}

describe('relayInvoke', () => {
  it('relays a well-formed call from the app with the window as session', async () => {
    const backend = recordingBackend();
    const result = await relayInvoke(source(`${appEntryUrl}#/home`), { channel: 'app.status', input: { a: 1 } }, backend, appEntryUrl);
    expect(result).toEqual({ ok: true, value: 1 });
    expect(backend.calls).toEqual([['window-7', 'app.status', { a: 1 }]]);
  });

  it('refuses callers that are not the app’s top frame', async () => {
    const backend = recordingBackend();
    const envelope = { channel: 'app.status', input: {} };
    for (const event of [source('https://evil.example/'), source('file:///etc/passwd'), source(null), source(appEntryUrl, {})]) {
      expect(await relayInvoke(event, envelope, backend, appEntryUrl)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '非法的调用来源' },
      });
    }
    expect(backend.calls).toEqual([]);
  });

  it('refuses malformed envelopes', async () => {
    const backend = recordingBackend();
    for (const envelope of [null, 'app.status', { channel: '' }, { channel: 'x'.repeat(101) }, { input: {} }]) {
      expect(await relayInvoke(source(appEntryUrl), envelope, backend, appEntryUrl)).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: '调用格式错误' },
      });
    }
    expect(backend.calls).toEqual([]);
  });

  it('answers with a typed error when the back end is gone', async () => {
    const backend = { call: () => Promise.reject(new Error('后台服务已退出')) };
    const result = await relayInvoke(source(appEntryUrl), { channel: 'app.status', input: {} }, backend, appEntryUrl);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('installIpcBridge', () => {
  it('handles the one invoke channel', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = { handle: (channel: string, listener: never) => handlers.set(channel, listener), removeHandler: () => {} };
    installIpcBridge(ipcMain as unknown as IpcMain, recordingBackend(), appEntryUrl);
    expect([...handlers.keys()]).toEqual([invokeChannel]);
    expect(invokeChannel).toBe('halldesk:invoke');
    const result = await handlers.get(invokeChannel)?.(source(appEntryUrl), { channel: 'app.status', input: {} });
    expect(result).toEqual({ ok: true, value: 1 });
  });
});
