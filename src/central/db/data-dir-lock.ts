import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one PostgreSQL in this process, with nothing stopping a second process from opening
 * the same folder and corrupting it. A lock file with the owner's pid does; a lock left by a
 * process that no longer runs (a crash, SIGKILL) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'central.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(`数据目录 ${dataDir} 正由进程 ${owner} 使用（PGlite 数据目录同一时间只能由一个进程打开）`, { cause: error });
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
