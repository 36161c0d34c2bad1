import { createHash } from "node:crypto";

/** Public, read-only API responses: CORS for GET, caching with validators, one error shape. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
};
// Data changes only when an import runs; a short shared cache plus ETag revalidation keeps it fresh and cheap.
const CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

export function apiResponse(
  request: Request,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { ...CORS, "Cache-Control": CACHE, ETag: etag, Vary: "Accept-Encoding", ...extra };
  if (etagMatches(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...headers, "Content-Type": contentType },
  });
}

/** True when the request's If-None-Match names this ETag (strong or weak) or "*". */
export function etagMatches(request: Request, etag: string): boolean {
  const match = request.headers.get("if-none-match");
  return !!match?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === "*");
}

export function apiJson(request: Request, data: unknown, extra?: Record<string, string>): Response {
  return apiResponse(request, JSON.stringify(data), "application/json; charset=utf-8", extra);
}

export type ApiErrorCode = "bad_request" | "not_found";

export function apiError(status: 400 | 404, code: ApiErrorCode, message: string, details: unknown[] = []): Response {
  return new Response(JSON.stringify({ error: { code, message, details } }), {
    status,
    headers: { ...CORS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function apiOptions(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}
