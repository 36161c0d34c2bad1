import type { CacheMeta, DiskCache } from "./disk-cache";
import type { SecHttp } from "./http";

export interface CachedResult<T> {
  url: string;
  path: string;
  meta: CacheMeta;
  value: T;
  fromCache: boolean;
}

export interface CachedFetchOptions {
  /** Ignore any cached copy and refetch (the fresh body replaces it). */
  refresh?: boolean;
}

/** Turns the raw body into a value, throwing if it is not what we expect. */
export type Decoder<T> = (body: Buffer, url: string) => T;

export type CachedFetch = <T>(
  url: string,
  decode: Decoder<T>,
  options?: CachedFetchOptions,
) => Promise<CachedResult<T>>;

/**
 * Cache-first GET. Bodies are decoded before they are stored, so a malformed response is
 * never cached; a cached body that no longer decodes is refetched rather than trusted.
 */
export function createCachedFetch(http: SecHttp, cache: DiskCache): CachedFetch {
  return async (url, decode, options = {}) => {
    if (!options.refresh) {
      const hit = await cache.read(url);
      if (hit) {
        const value = tryDecode(decode, hit.body, url);
        if (value.ok) return { url, path: hit.bodyPath, meta: hit.meta, value: value.value, fromCache: true };
      }
    }
    const response = await http.get(url);
    const value = decode(Buffer.from(response.body), url);
    const stored = await cache.write(url, response.body, {
      fetchedAt: new Date().toISOString(),
      status: response.status,
      contentType: response.contentType,
    });
    return { url, path: stored.bodyPath, meta: stored.meta, value, fromCache: false };
  };
}

function tryDecode<T>(decode: Decoder<T>, body: Buffer, url: string): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: decode(body, url) };
  } catch {
    return { ok: false };
  }
}
