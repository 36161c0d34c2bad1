import { type NextRequest, NextResponse } from "next/server";
import { buildSecurityHeaders } from "@/lib/security/headers";
import {
  COMPANY_VIEW,
  canonicalViewQuery,
  EMBED_COMPANY_VIEW,
  encodeViewSegment,
  OVERVIEW_VIEW,
  type ViewKeys,
} from "@/lib/url/view-segment";

/** Methods a page or file answers (API routes declare their own; scripts/serve.ts refuses TRACE and the like). */
const PAGE_METHODS = ["GET", "HEAD", "OPTIONS"];

/** Public addresses whose view state comes from the query string, and the internal page that renders each view. */
const VIEW_ROUTES: { match: RegExp; keys: ViewKeys; internal: (m: RegExpExecArray) => string }[] = [
  { match: /^\/$/, keys: OVERVIEW_VIEW, internal: () => "/overview" },
  { match: /^\/companies\/([^/]+)$/, keys: COMPANY_VIEW, internal: (m) => `/companies/${m[1]}` },
  { match: /^\/embed\/companies\/([^/]+)$/, keys: EMBED_COMPANY_VIEW, internal: (m) => `/embed/companies/${m[1]}` },
];

/**
 * Runs before every route: rejects undecodable paths (400), writes to pages (405), and
 * maps a page's query string to the path of a page rendered once per data version (lib/url/view-segment.ts).
 * Security headers come from next.config.ts, one static policy per path kind.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(400, "Bad request: the address contains an invalid percent-encoding.", pathname);
  }
  // The site is read-only: pages and files answer only GET and HEAD (API routes declare their own methods).
  if (!PAGE_METHODS.includes(request.method) && !pathname.startsWith("/api/")) {
    return plain(405, "Method not allowed: MinerPivot is read-only.", pathname, { Allow: "GET, HEAD" });
  }
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

function plain(status: number, text: string, pathname: string, extra: Record<string, string> = {}) {
  return new NextResponse(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...extra, ...buildSecurityHeaders(pathname) },
  });
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
