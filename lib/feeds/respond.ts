import { apiResponse } from "../api/respond";

/** An Atom document with the API's validators (ETag, 304) and caching. */
export function atomResponse(request: Request, xml: string): Response {
  return apiResponse(request, xml, "application/atom+xml; charset=utf-8");
}

/** The site's public origin for absolute links in feeds: MINERPIVOT_ORIGIN, else the request's own. */
export function siteOrigin(request: Request): string {
  return (process.env.MINERPIVOT_ORIGIN ?? new URL(request.url).origin).replace(/\/$/, "");
}
