import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { buildSecurityHeaders } from "../lib/security/headers";

/**
 * The production server: Next.js's request handler behind a plain Node HTTP server that answers methods no
 * route implements itself. Next builds a WHATWG Request for every request, and undici refuses to construct one
 * for TRACE, so without this every TRACE answered 500 before any of our code ran.
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
 */
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

/** What some route answers; everything else is refused here. Pages refuse writes in proxy.ts (405). */
const HANDLED = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);
/** Methods HTTP defines that MinerPivot never allows: 405 with Allow. Unknown extension methods get 501. */
const DEFINED = new Set(["TRACE", "CONNECT"]);

function refuse(method: string, url: string, res: http.ServerResponse) {
  const known = DEFINED.has(method);
  res.writeHead(known ? 405 : 501, {
    "content-type": "text/plain; charset=utf-8",
    ...(known ? { Allow: "GET, HEAD, OPTIONS" } : {}),
    ...buildSecurityHeaders(url.split("?")[0] || "/"),
  });
  res.end(
    known
      ? `Method not allowed: MinerPivot does not answer ${method} requests.`
      : `Not implemented: MinerPivot does not answer ${method.slice(0, 20)} requests.`,
  );
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const method = req.method ?? "GET";
  if (!HANDLED.has(method)) return refuse(method, req.url ?? "/", res);
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
