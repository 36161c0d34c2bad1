import "server-only";
import { getDataVersion } from "../db/data-version";

const MAX_ENTRIES = 500;
const cache = new Map<string, { version: number; value: Promise<unknown> }>();

/**
 * Memoizes a page's view data until the data version changes. Views are plain data built only from the
 * database, so the same key and version always give the same result.
 */
export async function cachedByDataVersion<T>(key: string, build: () => Promise<T>): Promise<T> {
  const version = await getDataVersion();
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = build();
  cache.delete(key);
  cache.set(key, { version, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // A failed build must not be served from the cache.
  value.catch(() => cache.delete(key));
  return value;
}
