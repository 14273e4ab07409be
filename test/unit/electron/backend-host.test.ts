import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ForkOptions } from 'electron';
import type { ToBackend } from '../../../src/main/backend/process-protocol';
import type { PushEvent } from '../../../src/shared/contract/push-events';
import { readFromBackend, startBackendHost, type BackendChild } from '../../../src/main/electron/backend-host';

class FakeChild extends EventEmitter implements BackendChild {
  readonly sent: ToBackend[] = [];
  readonly stdout = null;
  readonly stderr = null;
  killed = false;
  postMessage(message: ToBackend) {
    this.sent.push(message);
  }
  kill() {
    this.killed = true;
    return true;
  }
}

function launch(extra: { readyTimeoutMs?: number; onUnexpectedExit?: (code: number) => void; onPush?: (event: PushEvent) => void } = {}) {
  const child = new FakeChild();
  const forks: { modulePath: string; options: ForkOptions }[] = [];
  const started = startBackendHost({
    fork: (modulePath, _args, options) => {
      forks.push({ modulePath, options });
      return child;
    },
    backendEntryPath: '/app/out/main/backend-process.js',
    dataDir: '/data/HallDesk',
    env: { PATH: '/bin' },
    ...extra,
  });
  return { child, forks, started };
}

describe('readFromBackend', () => {
  it('reads the three message kinds and nothing else', () => {
    expect(readFromBackend({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(readFromBackend({ type: 'fatal', message: 'x' })).toEqual({ type: 'fatal', message: 'x' });
    expect(readFromBackend({ type: 'result', id: 3, result: { ok: true } })).toEqual({ type: 'result', id: 3, result: { ok: true } });
    expect(readFromBackend({ type: 'result', id: '3' })).toBeNull();
    expect(readFromBackend('ready')).toBeNull();
    expect(readFromBackend(null)).toBeNull();
  });

  it('reads a push only when the contract knows its event and its payload fits', () => {
    expect(readFromBackend({ type: 'push', event: { event: 'sync.status', data: syncStatus } })).toEqual({
      type: 'push',
      event: { event: 'sync.status', data: syncStatus },
    });
    expect(readFromBackend({ type: 'push', event: { event: 'sync.status', data: { ...syncStatus, pending: 'many' } } })).toBeNull();
    expect(readFromBackend({ type: 'push', event: { event: 'window.open', data: {} } })).toBeNull();
  });
});

const syncStatus = {
  enrolled: true,
  centralUrl: 'http://10.1.2.3:47900',
  online: true,
  pending: 2,
  lastSuccessAt: null,
  error: null,
  syncing: false,
  progress: null,
  rejected: 0,
  reEnrolRequired: false,
};

describe('startBackendHost', () => {
  it('forks the back end with its data dir and serves calls once ready', async () => {
    const { child, forks, started } = launch();
    expect(forks).toEqual([
      {
        modulePath: '/app/out/main/backend-process.js',
        options: { serviceName: 'HallDesk back end', env: { PATH: '/bin', HALLDESK_DATA_DIR: '/data/HallDesk' }, stdio: 'pipe' },
      },
    ]);
    child.emit('message', { type: 'ready' });
    const host = await started;
    const first = host.call('window-1', 'app.status', {});
    const second = host.call('window-2', 'auth.me', undefined);
    expect(child.sent).toEqual([
      { type: 'call', id: 1, sessionKey: 'window-1', channel: 'app.status', input: {} },
      { type: 'call', id: 2, sessionKey: 'window-2', channel: 'auth.me', input: undefined },
    ]);
    child.emit('message', { type: 'result', id: 2, result: 'two' });
    child.emit('message', { type: 'result', id: 1, result: 'one' });
    await expect(first).resolves.toBe('one');
    await expect(second).resolves.toBe('two');
  });

  it("hands the back end's pushes to main, which forwards them to the desk's window", async () => {
    const pushes: PushEvent[] = [];
    const { child, started } = launch({ onPush: (event) => pushes.push(event) });
    child.emit('message', { type: 'ready' });
    await started;
    child.emit('message', { type: 'push', event: { event: 'sync.status', data: syncStatus } });
    child.emit('message', { type: 'push', event: { event: 'sync.status', data: { pending: 1 } } });
    expect(pushes).toEqual([{ event: 'sync.status', data: syncStatus }]);
  });

  it('fails to start on fatal, with the back end’s reason', async () => {
    const { child, started } = launch();
    child.emit('message', { type: 'fatal', message: '数据库无法打开' });
    await expect(started).rejects.toThrow('后台服务启动失败：数据库无法打开');
    expect(child.killed).toBe(true);
  });

  it('fails to start when the process exits first, or stays silent', async () => {
    const exited = launch();
    exited.child.emit('exit', 1);
    await expect(exited.started).rejects.toThrow('退出码 1');
    const silent = launch({ readyTimeoutMs: 10 });
    await expect(silent.started).rejects.toThrow('启动超时');
    expect(silent.child.killed).toBe(true);
  });

  it('rejects waiting and later calls when the back end dies, and reports it', async () => {
    const exits: number[] = [];
    const { child, started } = launch({ onUnexpectedExit: (code) => exits.push(code) });
    child.emit('message', { type: 'ready' });
    const host = await started;
    const waiting = host.call('window-1', 'app.status', {});
    child.emit('exit', 9);
    await expect(waiting).rejects.toThrow('后台服务已退出');
    await expect(host.call('window-1', 'app.status', {})).rejects.toThrow();
    expect(exits).toEqual([9]);
  });

  it('does not report an exit it asked for', async () => {
    const exits: number[] = [];
    const { child, started } = launch({ onUnexpectedExit: (code) => exits.push(code) });
    child.emit('message', { type: 'ready' });
    const host = await started;
    host.stop();
    child.emit('exit', 0);
    expect(child.killed).toBe(true);
    expect(exits).toEqual([]);
  });
});
