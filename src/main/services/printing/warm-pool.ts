/** How a pool opens, checks and throws away one of its resources (a page, a window). */
export interface WarmPoolHooks<K, R> {
  open(key: K): Promise<R>;
  usable(resource: R): boolean;
  discard(resource: R): void | Promise<void>;
}

/**
 * A few warm resources per key (a paper size), reused from one document to the next: taking one
 * gives an idle one when there is one and opens another only when all are busy; at most
 * `maxIdle` per key are kept when given back, and one that failed is never reused.
 */
export class WarmPool<K, R> {
  private readonly idle = new Map<K, R[]>();
  private openedCount = 0;

  constructor(
    private readonly hooks: WarmPoolHooks<K, R>,
    private readonly maxIdle = 2,
  ) {}

  /** Resources opened so far: equal to the number of keys used when each was reused. */
  get opened(): number {
    return this.openedCount;
  }

  async take(key: K): Promise<R> {
    const list = this.idle.get(key) ?? [];
    for (let resource = list.pop(); resource !== undefined; resource = list.pop()) {
      if (this.hooks.usable(resource)) return resource;
    }
    const resource = await this.hooks.open(key);
    this.openedCount += 1;
    return resource;
  }

  give(key: K, resource: R, healthy: boolean): void {
    const list = this.idle.get(key) ?? [];
    if (healthy && this.hooks.usable(resource) && list.length < this.maxIdle) {
      list.push(resource);
      this.idle.set(key, list);
      return;
    }
    void this.hooks.discard(resource);
  }

  /** Drops every idle resource without closing it (their browser is closing them). */
  forget(): void {
    this.idle.clear();
  }
}
