interface Waiter<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * Calls relayed to the back end and not yet answered, by id. Once closed (the back end exited)
 * every waiting call is rejected, and so is every later one: nothing waits for a dead process.
 */
export class PendingCalls<T = unknown> {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter<T>>();
  private closedWith: Error | null = null;

  /** A fresh id and the promise its answer settles. */
  add(): { id: number; promise: Promise<T> } {
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) => {
      if (this.closedWith) reject(this.closedWith);
      else this.waiting.set(id, { resolve, reject });
    });
    return { id, promise };
  }

  /** Settles the call with this id; false when no such call waits (unknown, or answered). */
  resolve(id: number, value: T): boolean {
    const waiter = this.waiting.get(id);
    if (!waiter) return false;
    this.waiting.delete(id);
    waiter.resolve(value);
    return true;
  }

  /** Gives up on one call (it could not be sent). */
  reject(id: number, error: Error): boolean {
    const waiter = this.waiting.get(id);
    if (!waiter) return false;
    this.waiting.delete(id);
    waiter.reject(error);
    return true;
  }

  close(error: Error): void {
    this.closedWith ??= error;
    const waiters = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiter of waiters) waiter.reject(error);
  }

  get size(): number {
    return this.waiting.size;
  }

  get closed(): boolean {
    return this.closedWith !== null;
  }
}
