import { apiResponse } from "../api/respond";

/** An Atom document with the API's validators (ETag, 304) and caching. */
export function atomResponse(request: Request, xml: string): Response {
  return apiResponse(request, xml, "application/atom+xml; charset=utf-8");
}

/**
 * The site's public origin for absolute links in feeds: MINERPIVOT_ORIGIN (set it behind a CDN), else the host the
 * reader asked for (the server itself may listen on 0.0.0.0).
 */
export function siteOrigin(request: Request): string {
  if (process.env.MINERPIVOT_ORIGIN) return process.env.MINERPIVOT_ORIGIN.replace(/\/$/, "");
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  // Only a plain host[:port] is used in links; anything else falls back to the URL the server saw.
  return /^[A-Za-z0-9.-]+(:\d+)?$/.test(host) && /^https?$/.test(proto) ? `${proto}://${host}` : url.origin;
}
