/**
 * A page's view state (the query string readers share, e.g. `?cadence=quarterly`) carried as one path segment, so
 * that each distinct view is its own page that Next renders once per data version and a CDN can cache. proxy.ts
 * rewrites `/companies/RIOT?cadence=quarterly` to `/companies/RIOT/cadence%3Dquarterly`; the page reads it back.
 *
 * Only the page's own keys are kept, each with its first value, in a fixed order, and values equal to the
 * default are dropped: `?events=1&utm_source=x` and no query at all are the same page. Invalid values are kept
 * (truncated) so the page can still say what it ignored.
 */
export interface ViewKeys {
  /** The page's query keys and their default values ("" when absent means default). */
  readonly defaults: Readonly<Record<string, string>>;
}

/** Longest value kept: notices quote at most 40 characters and a search is at most 60. */
const MAX_VALUE = 80;

export function canonicalViewQuery(search: URLSearchParams, { defaults }: ViewKeys): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of Object.keys(defaults).sort()) {
    const value = search.get(key);
    if (value === null || value === defaults[key]) continue;
    out.set(key, value.slice(0, MAX_VALUE));
  }
  return out;
}

/** The path segment for a view, or null for the default view (served by the page's own address). */
export function encodeViewSegment(canonical: URLSearchParams): string | null {
  const s = canonical.toString();
  return s ? encodeURIComponent(s) : null;
}

/**
 * The raw params of a segment, or null when the segment is not the canonical form of any view (the page then
 * answers 404, so no two addresses render and cache the same view).
 */
export function decodeViewSegment(segment: string[] | undefined, keys: ViewKeys): Record<string, string> | null {
  if (!segment || segment.length === 0) return {};
  if (segment.length > 1) return null;
  let text = segment[0];
  try {
    // Next hands over route params still percent-encoded in some versions and decoded in others.
    if (!text.includes("=")) text = decodeURIComponent(text);
  } catch {
    return null;
  }
  const parsed = new URLSearchParams(text);
  const canonical = canonicalViewQuery(parsed, keys);
  if (canonical.toString() !== parsed.toString() || canonical.size === 0) return null;
  return Object.fromEntries(canonical);
}

export const COMPANY_VIEW: ViewKeys = {
  defaults: { cadence: "monthly", commitment: "", events: "1", filings: "0", periods: "recent" },
};
export const EMBED_COMPANY_VIEW: ViewKeys = {
  defaults: { ...COMPANY_VIEW.defaults, view: "quarters" },
};
export const OVERVIEW_VIEW: ViewKeys = {
  defaults: { sort: "held", dir: "desc", q: "", page: "1" },
};
