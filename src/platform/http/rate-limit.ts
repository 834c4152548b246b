// Fixed-window counters for login, registration and email links. In memory for one
// process; the scale-out work moves the same interface onto Redis when REDIS_URL is set.
import { TooMany } from '../../errors.js';

export interface Limit {
  /** How many attempts a window allows. */
  max: number;
  windowSeconds: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private sweepAt = 0;

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /** Counts one attempt; throws TooMany (429 with Retry-After) once the limit is passed. */
  hit(key: string, limit: Limit): void {
    const now = this.clock();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + limit.windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit.max) {
      const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      const minutes = Math.ceil(retryAfter / 60);
      throw new TooMany(retryAfter, `Too many attempts. For your security, please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
    }
  }

  /** Forgets a key, e.g. a person's failed logins once they succeed. */
  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    if (now < this.sweepAt) return;
    this.sweepAt = now + 60_000;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
