import { MAX_RETRIES, MAX_RETRY_DELAY_MS, RETRYABLE_STATUSES, retryDelayMs } from "./backoff";
import type { SecConfig } from "./config";
import { SecHttpError, SecNetworkError } from "./errors";
import { createRateLimiter } from "./rate-limiter";

export interface HttpResult {
  url: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

export interface SecHttp {
  /** GETs a URL with the declared User-Agent, rate-limited, retrying 429/503; throws on non-2xx. */
  get(url: string): Promise<HttpResult>;
  /** HTTP attempts made so far, retries included (each one counts against the SEC's limit). */
  requestCount(): number;
}

type Config = Pick<SecConfig, "fetch" | "userAgent" | "clock" | "maxRequestsPerSecond" | "timeoutMs">;

export function createSecHttp(config: Config): SecHttp {
  const limiter = createRateLimiter({ maxRequests: config.maxRequestsPerSecond, windowMs: 1000, clock: config.clock });
  let count = 0;

  async function attempt(url: string): Promise<Response> {
    await limiter.acquire();
    count++;
    try {
      return await config.fetch(url, {
        headers: { "User-Agent": config.userAgent, Accept: "application/json, text/html;q=0.9, */*;q=0.8" },
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (error) {
      throw networkError(url, error);
    }
  }

  function networkError(url: string, error: unknown): SecNetworkError {
    // AbortSignal.timeout's own message ("operation was aborted") hides that it was a timeout.
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return new SecNetworkError(url, timedOut ? new Error(`timed out after ${config.timeoutMs} ms`) : error);
  }

  async function get(url: string): Promise<HttpResult> {
    for (let retry = 0; ; retry++) {
      const response = await attempt(url);
      if (response.ok) {
        let body: Uint8Array;
        try {
          body = new Uint8Array(await response.arrayBuffer());
        } catch (error) {
          // The connection can drop (or time out) mid-body; that is a network failure, not a bad status.
          throw networkError(url, error);
        }
        return { url, status: response.status, contentType: response.headers.get("content-type"), body };
      }
      // Release the socket: an unread error body would otherwise keep the connection busy.
      await response.body?.cancel().catch(() => undefined);
      if (!RETRYABLE_STATUSES.has(response.status) || retry >= MAX_RETRIES) {
        throw new SecHttpError(url, response.status);
      }
      const delay = retryDelayMs(retry + 1, response.headers.get("retry-after"));
      if (delay > MAX_RETRY_DELAY_MS) {
        throw new SecHttpError(
          url,
          response.status,
          `SEC asked to retry ${url} after ${Math.round(delay / 1000)} s (HTTP ${response.status}); giving up — possibly rate-limited, try again later`,
        );
      }
      await config.clock.sleep(delay);
    }
  }

  return { get, requestCount: () => count };
}
