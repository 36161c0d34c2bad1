import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { buildSecurityHeaders } from "../lib/security/headers";

/**
 * The production server: Next.js's request handler behind a plain Node HTTP server that first refuses what no
 * page serves — methods no route implements (TRACE, CONNECT: 405; unknown: 501), writes to pages (405) and
 * undecodable paths (400) — so cached pages are served without running any code of ours. Next builds a WHATWG
 * Request for every request, and undici refuses to construct one for TRACE, which used to answer 500.
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
 */
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

/** What some route answers; everything else is refused here. */
const HANDLED = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);
/** What pages and files answer; writes reach only API routes, which declare their own methods. */
const PAGE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Methods HTTP defines that MinerPivot never allows: 405 with Allow. Unknown extension methods get 501. */
const DEFINED = new Set(["TRACE", "CONNECT"]);

function plain(res: http.ServerResponse, status: number, text: string, pathname: string, extra = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...extra, ...buildSecurityHeaders(pathname) });
  res.end(text);
}

function refuse(method: string, url: string, res: http.ServerResponse) {
  const pathname = url.split("?")[0] || "/";
  if (DEFINED.has(method))
    return plain(res, 405, `Method not allowed: MinerPivot does not answer ${method} requests.`, pathname, {
      Allow: "GET, HEAD, OPTIONS",
    });
  plain(res, 501, `Not implemented: MinerPivot does not answer ${method.slice(0, 20)} requests.`, pathname);
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const method = req.method ?? "GET";
  const url = req.url ?? "/";
  if (!HANDLED.has(method)) return refuse(method, url, res);
  const pathname = url.split("?")[0];
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(res, 400, "Bad request: the address contains an invalid percent-encoding.", pathname);
  }
  // The site is read-only: pages and files answer only GET and HEAD (API routes declare their own methods).
  if (!PAGE_METHODS.has(method) && !pathname.startsWith("/api/"))
    return plain(res, 405, "Method not allowed: MinerPivot is read-only.", pathname, { Allow: "GET, HEAD" });
  void handle(req, res);
});
// CONNECT is delivered as its own event; without a listener Node just drops the connection.
server.on("connect", (req, socket) => {
  const headers = Object.entries(buildSecurityHeaders("/"))
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\n${headers}\r\n`);
  void req;
});
server.listen(port, hostname, () => {
  console.log(`MinerPivot ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
