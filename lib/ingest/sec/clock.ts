/**
 * Time source shared by the rate limiter and retry backoff. Injectable so tests can run
 * many "seconds" of limiting without real sleeping.
 */
export interface Clock {
  /** Monotonic milliseconds; only differences matter. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  // performance.now is monotonic, so a wall-clock adjustment cannot open or shut the rate window.
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
