import { fail } from '../../src/domain/problem';

/**
 * Attempts per key (a client address) in a fixed window, counted in this process's memory. The
 * count is taken before the work it guards, in one synchronous step: parallel requests cannot
 * all slip under the limit.
 */
export class AttemptCounter {
  private readonly windows = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys kept at most: a flood of addresses cannot grow the map without bound. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one attempt for `key`; false when the limit was already reached. */
  take(key: string, now: Date): boolean {
    const at = now.getTime();
    const window = this.windows.get(key);
    if (window && at - window.since < this.windowMs) {
      if (window.count >= this.limit) return false;
      window.count += 1;
      return true;
    }
    if (this.windows.size >= this.maxKeys) this.forgetExpired(at);
    if (this.windows.size >= this.maxKeys) return false;
    this.windows.set(key, { count: 1, since: at });
    return true;
  }

  /** Whether `key` has used up its attempts (for counting only failures, after the fact). */
  reached(key: string, now: Date): boolean {
    const window = this.windows.get(key);
    return !!window && now.getTime() - window.since < this.windowMs && window.count >= this.limit;
  }

  /** Gives back an attempt that turned out well (a successful login). */
  refund(key: string) {
    const window = this.windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  private forgetExpired(at: number) {
    for (const [key, window] of this.windows)
      if (at - window.since >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * At most `concurrency` runs of an expensive task at once (a password check takes a core); a few
 * more wait their turn, and beyond that the server says it is busy (503) rather than letting a
 * flood take the processor from everyone else.
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting)
        return fail(503, 'Le serveur est très sollicité. Réessayez dans un instant.');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
