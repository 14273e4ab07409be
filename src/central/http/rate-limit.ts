export interface RateLimitOptions {
  /** Requests a source may make per window. */
  limit: number;
  windowMs: number;
  /** Sources remembered at once; beyond it the least recently seen is forgotten (memory stays bounded). */
  maxSources: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Counts one request from `source`; false once the source is over its limit in this window. */
  allow(source: string): boolean;
  readonly size: number;
}

/** A fixed window per source, in a Map whose insertion order is the order sources were last seen. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    allow(source) {
      const at = now();
      const current = windows.get(source);
      const window = current !== undefined && at - current.startedAt < options.windowMs ? current : { startedAt: at, count: 0 };
      window.count += 1;
      windows.delete(source);
      windows.set(source, window);
      while (windows.size > options.maxSources) windows.delete(windows.keys().next().value as string);
      return window.count <= options.limit;
    },
    get size() {
      return windows.size;
    },
  };
}
