import { type NextRequest, NextResponse } from "next/server";
import { buildSecurityHeaders } from "@/lib/security/headers";

/**
 * Runs before every route: rejects undecodable paths with 400 (instead of a router 500), and sets the
 * security headers with a fresh script nonce, which Next applies to its own scripts and the layout reads.
 */
export function proxy(request: NextRequest) {
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
  const nonce = btoa(crypto.randomUUID());
  const headers = buildSecurityHeaders(pathname, nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
