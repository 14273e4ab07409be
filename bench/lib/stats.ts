/** Percentiles and a one-line report; benches print figures, tests never assert on time. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function report(label: string, samplesMs: readonly number[]): void {
  const fmt = (n: number) => n.toFixed(3);
  console.log(
    `${label}: n=${samplesMs.length} p50=${fmt(percentile(samplesMs, 50))} ms p95=${fmt(percentile(samplesMs, 95))} ms max=${fmt(Math.max(...samplesMs))} ms`,
  );
}

export function timeMs<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}
