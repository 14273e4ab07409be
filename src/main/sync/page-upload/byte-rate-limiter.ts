/**
 * The desk's bandwidth cap for page uploads, shared by every upload on the way: each chunk is
 * released at a time that keeps the average at or under `bytesPerSecond` (0: no cap). A hall on
 * a mobile link sets it so uploads leave room for everything else.
 */
export class ByteRateLimiter {
  private nextFreeAt = 0;

  constructor(
    private readonly bytesPerSecond: () => number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
  ) {}

  /** Resolves when `bytes` may be sent. */
  async take(bytes: number): Promise<void> {
    const rate = this.bytesPerSecond();
    if (rate <= 0) return;
    const now = this.now();
    const startAt = Math.max(now, this.nextFreeAt);
    this.nextFreeAt = startAt + (bytes / rate) * 1000;
    if (startAt > now) await this.sleep(startAt - now);
  }
}

/** Chunks of about a second's allowance under a cap (16 KiB to 256 KiB): each one a resume point. */
export function chunkSizeFor(bytesPerSecond: number): number {
  const max = 256 * 1024;
  return bytesPerSecond <= 0 ? max : Math.min(max, Math.max(16 * 1024, Math.floor(bytesPerSecond)));
}
