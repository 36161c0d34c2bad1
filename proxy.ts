import { type NextRequest, NextResponse } from "next/server";
import {
  COMPANY_VIEW,
  canonicalViewQuery,
  EMBED_COMPANY_VIEW,
  encodeViewSegment,
  OVERVIEW_VIEW,
  type ViewKeys,
} from "@/lib/url/view-segment";

/** Public addresses whose view state comes from the query string, and the internal page that renders each view. */
const VIEW_ROUTES: { match: RegExp; keys: ViewKeys; internal: (m: RegExpExecArray) => string }[] = [
  { match: /^\/$/, keys: OVERVIEW_VIEW, internal: () => "/overview" },
  { match: /^\/companies\/([^/]+)$/, keys: COMPANY_VIEW, internal: (m) => `/companies/${m[1]}` },
  { match: /^\/embed\/companies\/([^/]+)$/, keys: EMBED_COMPANY_VIEW, internal: (m) => `/embed/companies/${m[1]}` },
];

/**
 * Maps a page's query string to the path of a page rendered once per data version (lib/url/view-segment.ts).
 * It runs only for requests that carry view state (see `config` below): every other request reaches its cached
 * page without it. Methods, writes and bad addresses are refused earlier, in scripts/serve.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  for (const route of VIEW_ROUTES) {
    const m = route.match.exec(pathname);
    if (!m) continue;
    const url = request.nextUrl.clone();
    const segment = encodeViewSegment(canonicalViewQuery(url.searchParams, route.keys));
    url.pathname = segment ? `${route.internal(m)}/${segment}` : route.internal(m);
    // Other parameters (the router's _rsc marker) travel on; the view's own are now in the path.
    for (const key of Object.keys(route.keys.defaults)) url.searchParams.delete(key);
    return url.pathname === pathname ? NextResponse.next() : NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

// Only requests with one of a page's view keys (OVERVIEW_VIEW, COMPANY_VIEW, EMBED_COMPANY_VIEW); Next reads this
// statically, so the keys are spelled out (tests/unit/view-segment.test.ts checks they match). "/" without a
// query is rewritten to /overview by next.config.ts.
export const config = {
  matcher: [
    { source: "/", has: [{ type: "query", key: "sort" }] },
    { source: "/", has: [{ type: "query", key: "dir" }] },
    { source: "/", has: [{ type: "query", key: "q" }] },
    { source: "/", has: [{ type: "query", key: "page" }] },
    { source: "/companies/:ticker", has: [{ type: "query", key: "cadence" }] },
    { source: "/companies/:ticker", has: [{ type: "query", key: "commitment" }] },
    { source: "/companies/:ticker", has: [{ type: "query", key: "events" }] },
    { source: "/companies/:ticker", has: [{ type: "query", key: "filings" }] },
    { source: "/companies/:ticker", has: [{ type: "query", key: "periods" }] },
    { source: "/embed/companies/:ticker", has: [{ type: "query", key: "cadence" }] },
    { source: "/embed/companies/:ticker", has: [{ type: "query", key: "commitment" }] },
    { source: "/embed/companies/:ticker", has: [{ type: "query", key: "events" }] },
    { source: "/embed/companies/:ticker", has: [{ type: "query", key: "filings" }] },
    { source: "/embed/companies/:ticker", has: [{ type: "query", key: "periods" }] },
    { source: "/embed/companies/:ticker", has: [{ type: "query", key: "view" }] },
  ],
};
