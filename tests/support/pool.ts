/**
 * Lends each of a few resources (browser pages, say) to one task at a time: concurrent tests
 * share a small pool, and a task waits until one is free.
 */
export class Pool<T> {
  private readonly idle: T[] = [];
  private readonly waiting: ((item: T) => void)[] = [];

  /** Adds a resource, free from now on. */
  add(item: T): void {
    const next = this.waiting.shift();
    if (next) next(item);
    else this.idle.push(item);
  }

  /** Runs `task` with a free resource, and frees it again when the task ends, however it ends. */
  async use<R>(task: (item: T) => Promise<R>): Promise<R> {
    const item = this.idle.pop() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await task(item);
    } finally {
      this.add(item);
    }
  }
}
