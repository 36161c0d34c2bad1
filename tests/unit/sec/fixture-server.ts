import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Local stand-in for data.sec.gov (/data/…) and www.sec.gov (/www/…); tests never reach the real SEC. */
export const FIXTURE_DIR = path.resolve(import.meta.dirname, "../../fixtures/sec");

export interface RecordedRequest {
  method: string;
  path: string;
  userAgent: string | undefined;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface FixtureServer {
  origin: string;
  dataBaseUrl: string;
  wwwBaseUrl: string;
  requests: RecordedRequest[];
  /** Paths requested, in order. */
  paths(): string[];
  /** Queue responses served (once each, in order) for `urlPath` before falling back to the fixture. */
  script(urlPath: string, ...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

// Both hosts share one server; distinct prefixes prove each endpoint uses the right base URL.
const ROUTES: [prefix: string, folder: string][] = [
  ["/www/files/company_tickers.json", "company_tickers.json"],
  ["/data/submissions/", "submissions/"],
  ["/data/api/xbrl/companyfacts/", "companyfacts/"],
  ["/www/Archives/edgar/data/", "archives/"],
];

function fixtureFor(urlPath: string): string | null {
  for (const [prefix, folder] of ROUTES) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.resolve(FIXTURE_DIR, folder + urlPath.slice(prefix.length));
    return file.startsWith(FIXTURE_DIR + path.sep) ? file : null;
  }
  return null;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const scripted = new Map<string, ScriptedResponse[]>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://fixture").pathname);
    requests.push({ method: req.method ?? "", path: urlPath, userAgent: req.headers["user-agent"] });
    const next = scripted.get(urlPath)?.shift();
    if (next) {
      res.writeHead(next.status, next.headers).end(next.body ?? "");
      return;
    }
    const file = fixtureFor(urlPath);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!body) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
      return;
    }
    const type = urlPath.endsWith(".json") ? "application/json" : "text/html; charset=utf-8";
    res.writeHead(200, { "content-type": type }).end(body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    dataBaseUrl: `${origin}/data`,
    wwwBaseUrl: `${origin}/www`,
    requests,
    paths: () => requests.map((r) => r.path),
    script: (urlPath, ...responses) => scripted.set(urlPath, [...(scripted.get(urlPath) ?? []), ...responses]),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; drop them so close() does not wait for the idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
