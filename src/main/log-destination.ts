import { chmodSync, existsSync } from 'node:fs';
import pino from 'pino';

type FileStream = ReturnType<typeof pino.destination>;

/** After a failed write the log rests this long before trying again (the disk may have been cleared). */
export const logRetryMs = 60_000;
export const logFileMode = 0o600;

export interface LogDestination {
  write(line: string): void;
  /** Whether lines are being dropped because the last write failed. */
  readonly failing: boolean;
}

interface Options {
  now?: () => number;
  /** Where a failure is reported once (default stderr); it must not be the failing log itself. */
  report?: (message: string) => void;
}

/**
 * The log file, written asynchronously, that can never take the back end down: a failed write
 * (ENOSPC on a full disk, a read-only folder) is reported once, the buffered lines are dropped
 * instead of retried in a loop, later lines are dropped for a while, then the file is reopened.
 * An unhandled 'error' from the stream would otherwise crash or hang the whole process.
 */
export function openLogDestination(file: string, options: Options = {}): LogDestination {
  const now = options.now ?? Date.now;
  const report = options.report ?? ((message: string) => process.stderr.write(`${message}\n`));
  let stream: FileStream | null = null;
  let retryAt = 0;

  const open = () => {
    // pino's own destination also flushes at exit; once destroyed here it no longer tries.
    const opened = pino.destination({ dest: file, mkdir: true, sync: false, mode: logFileMode });
    opened.on('error', (error: NodeJS.ErrnoException) => fail(opened, error));
    // pino flushes this stream synchronously when the process exits; a file still being opened
    // makes that flush throw "sonic boom is not ready yet" and turns a clean exit into a
    // crash. Nothing has reached the file yet then, and nothing could: skip the flush.
    let ready = false;
    opened.once('ready', () => (ready = true));
    const flushSync = opened.flushSync.bind(opened);
    opened.flushSync = () => {
      if (ready) flushSync();
    };
    return opened;
  };
  const fail = (failed: FileStream, error: NodeJS.ErrnoException) => {
    if (stream !== failed) return;
    stream = null;
    retryAt = now() + logRetryMs;
    report(`受理台日志写入失败（${error.code ?? error.message}），暂停写日志 ${logRetryMs / 1000} 秒；受理台继续运行。`);
    try {
      failed.destroy();
    } catch {
      // Already broken: nothing more to release.
    }
  };

  try {
    // A log left from before keeps its old mode otherwise; `mode` applies only to a new file.
    if (existsSync(file)) chmodSync(file, logFileMode);
  } catch {
    // Not ours to change (another user's file): the log still works, and the folder is 0700.
  }
  stream = open();
  return {
    write(line) {
      if (stream === null) {
        if (now() < retryAt) return;
        stream = open();
      }
      try {
        stream.write(line);
      } catch (error) {
        fail(stream, error as NodeJS.ErrnoException);
      }
    },
    get failing() {
      return stream === null;
    },
  };
}
