/** Statuses the SEC uses for "slow down / try again shortly". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Retries after the first attempt; the brief caps this at 3 to stay polite. */
export const MAX_RETRIES = 3;

/** Longer waits mean an IP block (the SEC's is ~10 min); better to fail loudly than stall an ingest. */
export const MAX_RETRY_DELAY_MS = 60_000;

/**
 * Delay before retry number `retry` (1-based). A Retry-After header wins (delta-seconds or
 * HTTP-date); otherwise exponential backoff 1 s, 2 s, 4 s.
 */
export function retryDelayMs(retry: number, retryAfter: string | null, nowEpochMs: number = Date.now()): number {
  const fromHeader = parseRetryAfter(retryAfter, nowEpochMs);
  return fromHeader ?? 1000 * 2 ** (retry - 1);
}

export function parseRetryAfter(value: string | null, nowEpochMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowEpochMs);
}
