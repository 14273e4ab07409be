import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export const centreAdminToken = 'chaos-admin-token-0123456789';

export interface CentreProcess {
  url: string;
  /** SIGTERM: a graceful stop (in-flight requests finish). */
  stop(): Promise<void>;
  /** SIGKILL: the process dies where it stands, an open transaction with it. */
  kill(): Promise<void>;
}

/** The real centre as its own process (PGlite in `dataDir`, or the server at `databaseUrl`), ready when it prints CENTRAL_READY. */
export function startCentreProcess(dataDir: string, port: number, databaseUrl = ''): Promise<CentreProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/central/central-main.ts'], {
    env: {
      ...process.env,
      CENTRAL_DATA_DIR: dataDir,
      CENTRAL_PORT: String(port),
      CENTRAL_ADMIN_TOKEN: centreAdminToken,
      CENTRAL_DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`centre exited (${code}) before it was ready: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^CENTRAL_READY (\S+)/.exec(line);
      if (!match) return;
      const end = (signal: NodeJS.Signals) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill(signal);
        });
      resolve({ url: match[1]!, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') });
    });
  });
}
