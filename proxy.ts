import { type NextRequest, NextResponse } from "next/server";
import { dataFilesVersion, getCachedPage, putCachedPage, replayableHeaders } from "@/lib/cache/page-cache";
import { buildSecurityHeaders } from "@/lib/security/headers";

// Marks the proxy's own render request on a cache miss, so it is rendered instead of looked up again.
const RENDER_TOKEN = crypto.randomUUID();
// Experimental, opt-in (PAGE_CACHE=1): serving cached HTML left the browser's follow-up RSC prefetches hanging
// in end-to-end tests, so it stays off until that is understood. See bench/README.md for its figures.
const PAGE_CACHE = process.env.PAGE_CACHE === "1" && process.env.NODE_ENV === "production";

/**
 * Runs before every route: rejects undecodable paths (400) and writes to pages (405), sets the security headers
 * with a fresh script nonce, and serves pages from a cache that lives until an import changes the data.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Bad request: the address contains an invalid percent-encoding.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", ...buildSecurityHeaders(pathname, "none", false) },
    });
  }
  // The site is read-only: pages and files answer only GET and HEAD (API routes declare their own methods).
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method) && !pathname.startsWith("/api/")) {
    return new NextResponse("Method not allowed: MinerPivot is read-only.", {
      status: 405,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        Allow: "GET, HEAD",
        ...buildSecurityHeaders(pathname, "none", false),
      },
    });
  }
  if (PAGE_CACHE && isCacheablePage(request)) {
    const served = await serveFromCache(request);
    if (served) return served;
  }
  return renderWithNonce(request);
}

function renderWithNonce(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const headers = buildSecurityHeaders(request.nextUrl.pathname, nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("x-minerpivot-render");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

/** Full HTML page loads only: not API routes, not files, not the router's RSC requests. */
function isCacheablePage(request: NextRequest): boolean {
  if (request.method !== "GET" || request.headers.get("x-minerpivot-render") === RENDER_TOKEN) return false;
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith("/api/") || /\.[a-z0-9]+$/i.test(pathname) || searchParams.has("_rsc")) return false;
  if (request.headers.has("rsc") || request.headers.has("next-router-prefetch") || request.headers.has("next-action"))
    return false;
  return true;
}

async function serveFromCache(request: NextRequest): Promise<Response | null> {
  const key = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const version = dataFilesVersion();
  let page = getCachedPage(key, version);
  if (!page) {
    // Render through the server itself (on loopback), then keep the HTML for the next readers.
    const port = request.nextUrl.port || process.env.PORT || "3000";
    const headers = new Headers(request.headers);
    headers.set("x-minerpivot-render", RENDER_TOKEN);
    headers.delete("accept-encoding");
    const res = await fetch(`http://127.0.0.1:${port}${key}`, { headers, redirect: "manual" }).catch(() => null);
    if (!res) return null;
    const body = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    if (res.status !== 200 || !nonce || !(res.headers.get("content-type") ?? "").startsWith("text/html")) {
      return new Response(body, { status: res.status, headers: res.headers });
    }
    page = { version, body, status: res.status, headers: replayableHeaders(res.headers), nonce };
    putCachedPage(key, page);
  }
  // Every response still gets its own nonce: the cached HTML is re-stamped, never served with an old one.
  const nonce = btoa(crypto.randomUUID());
  const headers = new Headers(page.headers);
  for (const [k, v] of Object.entries(buildSecurityHeaders(request.nextUrl.pathname, nonce, false))) headers.set(k, v);
  headers.set("x-minerpivot-cache", "hit");
  return new Response(page.body.replaceAll(page.nonce, nonce), { status: page.status, headers });
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
