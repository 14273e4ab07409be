import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { centreNodeFlags } from '../../src/central/node-flags';

/** CENTRE_CPU_PROFILE_DIR=<dir>: the centre writes a V8 CPU profile there when it exits (bench/sync, to see where its time goes). */
const profiling = () => (process.env.CENTRE_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CENTRE_CPU_PROFILE_DIR}`] : []);

export const centreAdminToken = 'chaos-admin-token-0123456789';

export interface CentreProcess {
  url: string;
  /** SIGTERM: a graceful stop (in-flight requests finish). */
  stop(): Promise<void>;
  /** SIGKILL: the process dies where it stands, an open transaction with it. */
  kill(): Promise<void>;
  /** The process id (bench/sync reads its CPU time). */
  pid: number;
}

/** The real centre as its own process (PGlite in `dataDir`, or the server at `databaseUrl`), ready when it prints CENTRAL_READY. */
export function startCentreProcess(dataDir: string, port: number, databaseUrl = ''): Promise<CentreProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...centreNodeFlags, ...profiling(), '--import', 'tsx', 'src/central/central-main.ts'],
    {
      env: {
        ...process.env,
        CENTRAL_DATA_DIR: dataDir,
        CENTRAL_PORT: String(port),
        CENTRAL_ADMIN_TOKEN: centreAdminToken,
        CENTRAL_DATABASE_URL: databaseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
      resolve({ url: match[1]!, stop: () => end('SIGTERM'), kill: () => end('SIGKILL'), pid: child.pid ?? 0 });
    });
  });
}
