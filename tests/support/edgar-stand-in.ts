import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * A local stand-in for EDGAR in the SEC's documented shapes: www `/files/company_tickers.json` and
 * `/Archives/edgar/data/<cik>/<accession>/<document>`, data `/submissions/CIK##########.json` (filings.recent as
 * parallel arrays, newest first) and `/api/xbrl/companyfacts/CIK##########.json`. It serves the real filings
 * shipped in prisma/data/filings; filings can be added between two refreshes, and any path can be scripted to
 * answer 429 or 5xx first.
 */
export interface StandInCompany {
  cik: string;
  ticker: string;
  name: string;
  fiscalYearEnd: string;
  exchanges: string[];
  formerNames?: { name: string; from: string; to: string }[];
}

export interface StandInFiling {
  cik: string;
  form: string;
  accession: string;
  filingDate: string;
  reportDate: string;
  document: string;
  body: Buffer;
}

const FILINGS_DIR = path.resolve(import.meta.dirname, "../../prisma/data/filings");

/** The shipped filings of one company, from prisma/data/filings/MANIFEST.csv (accession made up when missing). */
export function shippedFilings(cik: string): StandInFiling[] {
  const [header, ...lines] = readFileSync(path.join(FILINGS_DIR, "MANIFEST.csv"), "utf8").trim().split("\n");
  const cols = header.split(",");
  return lines
    .map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])))
    .filter((r) => r.cik === cik)
    .map((r, i) => ({
      cik,
      form: r.form,
      accession: r.accession || `0000000000-26-${String(900000 + i)}`,
      filingDate: r.date,
      reportDate: r.period_end,
      document: r.document_url ? r.document_url.split("/").pop()! : r.file,
      body: gunzipSync(readFileSync(path.join(FILINGS_DIR, `${r.file}.gz`))),
    }));
}

export interface EdgarStandIn {
  dataBaseUrl: string;
  wwwBaseUrl: string;
  addFiling(f: StandInFiling): void;
  /** Answers the next requests of `urlPath` (after the base) with these statuses, then serves normally. */
  script(urlPath: string, ...statuses: number[]): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startEdgarStandIn(companies: StandInCompany[], filings: StandInFiling[]): Promise<EdgarStandIn> {
  const all = [...filings];
  const scripted = new Map<string, number[]>();
  const requests: string[] = [];
  const pad = (cik: string) => cik.padStart(10, "0");

  function route(p: string): { type: string; body: string | Buffer } | null {
    if (p === "/www/files/company_tickers.json") {
      const map = Object.fromEntries(
        companies.map((c, i) => [String(i), { cik_str: Number(c.cik), ticker: c.ticker, title: c.name }]),
      );
      return { type: "application/json", body: JSON.stringify(map) };
    }
    const sub = /^\/data\/submissions\/CIK(\d{10})\.json$/.exec(p);
    if (sub) {
      const c = companies.find((x) => pad(x.cik) === sub[1]);
      if (!c) return null;
      const own = all.filter((f) => f.cik === c.cik).sort((a, b) => b.filingDate.localeCompare(a.filingDate));
      const col = <K extends keyof StandInFiling>(k: K) => own.map((f) => f[k]);
      return {
        type: "application/json",
        body: JSON.stringify({
          cik: c.cik,
          name: c.name,
          tickers: [c.ticker],
          exchanges: c.exchanges,
          fiscalYearEnd: c.fiscalYearEnd,
          website: "",
          formerNames: c.formerNames ?? [],
          filings: {
            recent: {
              accessionNumber: col("accession"),
              filingDate: col("filingDate"),
              reportDate: col("reportDate"),
              form: col("form"),
              primaryDocument: col("document"),
            },
            files: [],
          },
        }),
      };
    }
    const facts = /^\/data\/api\/xbrl\/companyfacts\/CIK(\d{10})\.json$/.exec(p);
    if (facts) {
      const c = companies.find((x) => pad(x.cik) === facts[1]);
      return c
        ? { type: "application/json", body: JSON.stringify({ cik: Number(c.cik), entityName: c.name, facts: {} }) }
        : null;
    }
    const doc = /^\/www\/Archives\/edgar\/data\/(\d+)\/(\d{18})\/(.+)$/.exec(p);
    if (doc) {
      const f = all.find(
        (x) => String(Number(x.cik)) === doc[1] && x.accession.replace(/-/g, "") === doc[2] && x.document === doc[3],
      );
      return f ? { type: "text/html; charset=utf-8", body: f.body } : null;
    }
    return null;
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const p = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(p);
    const status = scripted.get(p)?.shift();
    if (status) {
      res.writeHead(status, status === 429 ? { "retry-after": "0" } : {}).end("scripted failure");
      return;
    }
    const r = route(p);
    if (!r) res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
    else res.writeHead(200, { "content-type": r.type }).end(r.body);
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    dataBaseUrl: `${origin}/data`,
    wwwBaseUrl: `${origin}/www`,
    addFiling: (f) => all.push(f),
    script: (urlPath, ...statuses) => scripted.set(urlPath, [...(scripted.get(urlPath) ?? []), ...statuses]),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
