import type { ForkOptions } from 'electron';
import { parsePushEvent, type PushEvent } from '../../shared/contract/push-events';
import type { FromBackend, ToBackend } from '../backend/process-protocol';
import { PendingCalls } from './pending-calls';

/** What the host needs of Electron's UtilityProcess (which satisfies it), so tests can fake it. */
export interface BackendChild {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: ToBackend): void;
  kill(): boolean;
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
}

export type ForkBackend = (modulePath: string, args: string[], options: ForkOptions) => BackendChild;

export interface BackendHostOptions {
  /** `(path, args, options) => utilityProcess.fork(path, args, options)` in Electron. */
  fork: ForkBackend;
  backendEntryPath: string;
  dataDir: string;
  /** The back end died after it was ready (not through `stop`). */
  onUnexpectedExit?: (code: number) => void;
  /** A push from the back end for the desk's window (checked against push-events.ts). */
  onPush?: (event: PushEvent) => void;
  readyTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface BackendHost {
  call(sessionKey: string, channel: string, input: unknown): Promise<unknown>;
  stop(): void;
}

/** A message from the back end, or null for anything that is not one. */
export function readFromBackend(message: unknown): FromBackend | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'fatal') return { type: 'fatal', message: String(m.message ?? '') };
  if (m.type === 'result' && typeof m.id === 'number') return { type: 'result', id: m.id, result: m.result };
  if (m.type === 'push') {
    const event = parsePushEvent(m.event);
    return event ? { type: 'push', event } : null;
  }
  return null;
}

/**
 * Forks the back end (backend-process.ts) and resolves once it reports ready; rejects with a
 * message for the clerk when it reports fatal, exits or stays silent before that.
 */
export function startBackendHost(options: BackendHostOptions): Promise<BackendHost> {
  const child = options.fork(options.backendEntryPath, [], {
    serviceName: 'HallDesk back end',
    env: { ...(options.env ?? process.env), HALLDESK_DATA_DIR: options.dataDir },
    stdio: 'pipe',
  });
  // A piped stream nobody reads fills up and blocks the child; its output belongs in ours.
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));

  const pending = new PendingCalls<unknown>();
  let ready = false;
  let stopping = false;

  const host: BackendHost = {
    call(sessionKey, channel, input) {
      const { id, promise } = pending.add();
      if (!pending.closed) {
        try {
          child.postMessage({ type: 'call', id, sessionKey, channel, input });
        } catch {
          pending.reject(id, new Error('无法把调用发送给后台服务'));
        }
      }
      return promise;
    },
    stop() {
      stopping = true;
      pending.close(new Error('后台服务已关闭'));
      child.kill();
    },
  };

  return new Promise<BackendHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      fail(new Error('后台服务启动超时'));
      child.kill();
    }, options.readyTimeoutMs ?? 30_000);
    function fail(error: Error) {
      clearTimeout(timer);
      pending.close(error);
      reject(error);
    }

    child.on('message', (raw) => {
      const message = readFromBackend(raw);
      if (!message) return;
      if (message.type === 'result') {
        pending.resolve(message.id, message.result);
      } else if (message.type === 'push') {
        options.onPush?.(message.event);
      } else if (!ready && message.type === 'ready') {
        ready = true;
        clearTimeout(timer);
        resolve(host);
      } else if (!ready && message.type === 'fatal') {
        fail(new Error(`后台服务启动失败：${message.message}`));
        child.kill();
      }
    });
    child.on('exit', (code) => {
      if (!ready) {
        fail(new Error(`后台服务意外退出（退出码 ${code}）`));
        return;
      }
      pending.close(new Error('后台服务已退出'));
      if (!stopping) options.onUnexpectedExit?.(code);
    });
  });
}
