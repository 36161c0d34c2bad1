import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Every page and view built from the database carries this tag. A successful import or seed revalidates it
 * (app/api/revalidate, called from the ingest path), so each page renders once per data version.
 */
export const DATA_TAG = "minerpivot-data";

/**
 * A safety net for an import whose notification did not reach this server (it was down, or on another machine):
 * pages and views are re-read at most this many seconds after the data changed. Also the CDN's s-maxage.
 */
export const DATA_REVALIDATE_SECONDS = 300;

/**
 * A view builder cached by Next (its data cache) per arguments until the data changes. Results must be plain
 * JSON data, which views are by design. Outside a Next server (tests, scripts) the builder runs directly.
 */
export function cachedView<A extends unknown[], T>(name: string, build: (...args: A) => Promise<T>) {
  const cached = unstable_cache(build, [name], { tags: [DATA_TAG], revalidate: DATA_REVALIDATE_SECONDS });
  return (...args: A): Promise<T> => (process.env.NEXT_RUNTIME ? cached(...args) : build(...args));
}
