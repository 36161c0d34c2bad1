import type { Clock } from "./clock";

export interface RateLimiter {
  /** Resolves when one more request may start; callers are served in arrival order. */
  acquire(): Promise<void>;
}

export interface RateLimiterOptions {
  maxRequests: number;
  windowMs: number;
  clock: Clock;
}

/**
 * Sliding-log limiter: remembers when the last `maxRequests` grants happened and only grants
 * another once the oldest is a full window old. Unlike a fixed per-second counter this never
 * lets 2×N requests straddle a second boundary, which is what the SEC's "10 per second" means.
 */
export function createRateLimiter({ maxRequests, windowMs, clock }: RateLimiterOptions): RateLimiter {
  if (!Number.isInteger(maxRequests) || maxRequests < 1) throw new RangeError("maxRequests must be a positive integer");
  const grants: number[] = [];
  // Serialising acquisitions keeps the log consistent without locks and makes the order FIFO.
  let tail: Promise<void> = Promise.resolve();

  async function take(): Promise<void> {
    for (;;) {
      const now = clock.now();
      while (grants.length > 0 && now - grants[0] >= windowMs) grants.shift();
      if (grants.length < maxRequests) {
        grants.push(now);
        return;
      }
      // Re-check after waking: timers may fire early, and a fake clock may jump arbitrarily.
      await clock.sleep(grants[0] + windowMs - now);
    }
  }

  return {
    acquire() {
      const granted = tail.then(take);
      tail = granted.catch(() => undefined);
      return granted;
    },
  };
}
