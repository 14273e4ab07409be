/**
 * CPU time (user + system, ms) of processes on this machine, read from /proc (Linux): bench/sync
 * shows how a drain's CPU splits between the desk, the centre and PostgreSQL, which share the
 * machine's cores. Elsewhere every reading is null.
 */
import { readFileSync } from 'node:fs';

const ticksPerSecond = 100;

export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** CPU used since `before` (pid → ms), for processes that may have started since (they count from 0). */
export function cpuSince(before: ReadonlyMap<number, number>, pids: readonly number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    const now = processCpuMs(pid);
    if (now === null) return null;
    total += now - (before.get(pid) ?? 0);
  }
  return total;
}

export function cpuSnapshot(pids: readonly number[]): Map<number, number> {
  return new Map(
    pids.flatMap((pid) => {
      const ms = processCpuMs(pid);
      return ms === null ? [] : [[pid, ms] as [number, number]];
    }),
  );
}
