import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeDownloads } from "@/lib/downloads/write-downloads";
import { importInputs } from "@/lib/ingest/import-inputs";
import { createSecClient } from "@/lib/ingest/sec";
import { openWriteDatabase } from "@/lib/ingest/sqlite";
import { addCompanyFromSec } from "@/lib/refresh/add-company";
import { refreshCompanies } from "@/lib/refresh/refresh";
import { type EdgarStandIn, type StandInFiling, shippedFilings, startEdgarStandIn } from "../support/edgar-stand-in";
import { createMigratedDatabase } from "../support/temp-db";

/**
 * `npm run refresh` against a local EDGAR stand-in serving the real filings shipped in the repo: a first refresh
 * imports, a second is a no-op, a new filing and an amendment are picked up (the amendment as a revision with both
 * sources), 429 and 5xx are retried, unknown tickers get a clear error, the feed is valid Atom and the dataset
 * download loads back into an empty database.
 */
const CLSK = { cik: "827876", ticker: "CLSK", name: "CLEANSPARK, INC.", fiscalYearEnd: "0930", exchanges: ["Nasdaq"] };
const BTBT = {
  cik: "1710350",
  ticker: "BTBT",
  name: "Bit Digital, Inc",
  fiscalYearEnd: "1231",
  exchanges: ["Nasdaq"],
  formerNames: [{ name: "Golden Bull Ltd", from: "2018-01-01", to: "2020-09-01" }],
};

const clskFilings = shippedFilings(CLSK.cik);
const btbtAll = shippedFilings(BTBT.cik);
const btbtLater = btbtAll.find((f) => f.reportDate === "2025-09-30")!;
// A current report whose primary document carries no inline XBRL: a new filing without tracked figures.
const clsk8k: StandInFiling = {
  cik: CLSK.cik,
  form: "8-K",
  accession: "0000950170-25-111111",
  filingDate: "2025-09-03",
  reportDate: "2025-09-03",
  document: "clsk-20250903.htm",
  body: Buffer.from(
    "<html><body><p>Item 7.01 Regulation FD Disclosure. CleanSpark releases August 2025 update.</p></body></html>",
  ),
};
// An amendment restating one figure of the 2025-09-30 10-Q: cloud-services revenue 18,032,898 → 18,532,898.
const btbtAmendment: StandInFiling = {
  ...btbtLater,
  form: "10-Q/A",
  accession: "0001213900-25-120000",
  filingDate: "2025-11-20",
  document: "ea0270000-10qa_bitdigital.htm",
  body: Buffer.from(btbtLater.body.toString("utf8").replaceAll(">18,032,898<", ">18,532,898<")),
};

let db: ReturnType<typeof createMigratedDatabase>;
let edgar: EdgarStandIn;
let tmp: string;
const sec = () =>
  createSecClient({
    userAgent: "MinerPivot tests tests@example.com",
    dataBaseUrl: edgar.dataBaseUrl,
    wwwBaseUrl: edgar.wwwBaseUrl,
    cacheDir: path.join(tmp, "sec-cache"),
  });
const count = (table: string, where = "1") =>
  (
    new Database(db.file, { readonly: true }).prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get() as {
      n: number;
    }
  ).n;

beforeAll(async () => {
  db = createMigratedDatabase();
  process.env.DATABASE_URL = db.url;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mp-refresh-"));
  // Only CleanSpark is tracked at first; Bit Digital is added from the SEC's data.
  fs.writeFileSync(
    path.join(tmp, "companies.csv"),
    "ticker,name,former_names,cik,exchange,fiscal_year_end,website\nCLSK,CleanSpark Inc.,,827876,NASDAQ,09-30,https://www.cleanspark.com\n",
  );
  const w = openWriteDatabase(db.file);
  expect((await importInputs(w, [path.join(tmp, "companies.csv")]))[0].status).toBe("ok");
  w.close();
  edgar = await startEdgarStandIn([CLSK, BTBT], [...clskFilings, clsk8k, ...btbtAll.filter((f) => f !== btbtLater)]);
});
afterAll(async () => {
  await edgar?.close();
  db?.cleanup();
});

describe("npm run refresh against an EDGAR stand-in", () => {
  test("--add creates the company from the SEC's submissions data; an unknown ticker is a clear error", async () => {
    const w = openWriteDatabase(db.file);
    try {
      const added = await addCompanyFromSec(w, sec(), "btbt");
      expect(added).toEqual({ ticker: "BTBT", name: "Bit Digital, Inc", cik: "1710350", created: true });
      const row = w.prepare("SELECT * FROM Company WHERE ticker = 'BTBT'").get() as Record<string, string>;
      expect(row).toMatchObject({ formerNames: "Golden Bull Ltd", fiscalYearEnd: "12-31", exchange: "Nasdaq" });
      await expect(addCompanyFromSec(w, sec(), "NOPE")).rejects.toThrow(/NOPE/);
      await expect(refreshCompanies(w, { sec: sec(), tickers: ["NOPE"] })).rejects.toThrow(
        "NOPE is not a tracked company; add it with: npm run refresh -- --add NOPE",
      );
    } finally {
      w.close();
    }
  });

  test("a first refresh imports every filing since 2023, retrying 429 and 5xx, and records what it added", async () => {
    edgar.script("/data/submissions/CIK0000827876.json", 429);
    const doc = clskFilings[0];
    edgar.script(`/www/Archives/edgar/data/827876/${doc.accession.replace(/-/g, "")}/${doc.document}`, 503);
    const w = openWriteDatabase(db.file);
    const results = await refreshCompanies(w, { sec: sec(), tickers: ["CLSK", "BTBT"], today: "2025-11-01" });
    w.close();
    expect(results.map((r) => [r.ticker, r.ok, r.filingsListed, r.imported, r.withoutFigures, r.errors])).toEqual([
      ["CLSK", true, 4, 3, 1, []], // three 10-Qs; the 8-K carries no inline XBRL, so no tracked figure
      ["BTBT", true, 3, 3, 0, []],
    ]);
    // Each scripted failure was answered by a retry.
    expect(edgar.requests.filter((p) => p === "/data/submissions/CIK0000827876.json")).toHaveLength(2);
    expect(results[0].changes.newFilings).toBe(4);
    expect(results[0].changes.newFigures).toBeGreaterThan(20);
    expect(results[1].changes.revisedFigures).toBe(0);
    expect(count("Company", "refreshedAt = '2025-11-01'")).toBe(2);
    // Cited by the filing's sec.gov address, not the stand-in's.
    expect(count("Source", "url LIKE 'http://127.0.0.1%'")).toBe(0);
  });

  test("a second refresh changes nothing", async () => {
    const before = [count("Observation"), count("Change"), count("Source")];
    const w = openWriteDatabase(db.file);
    const results = await refreshCompanies(w, { sec: sec(), tickers: ["CLSK", "BTBT"], today: "2025-11-01" });
    w.close();
    expect(results.every((r) => r.ok && r.imported === 0)).toBe(true);
    expect([count("Observation"), count("Change"), count("Source")]).toEqual(before);
  });

  test("a new filing and an amendment appearing between two runs are picked up; the amendment is a revision", async () => {
    edgar.addFiling(btbtLater);
    edgar.addFiling(btbtAmendment);
    const w = openWriteDatabase(db.file);
    const [r] = await refreshCompanies(w, { sec: sec(), tickers: ["BTBT"], today: "2025-12-01" });
    const revision = w
      .prepare("SELECT * FROM Change WHERE kind = 'revised-figure' AND metric = 'hpc_revenue_usd'")
      .all() as Record<string, string | number>[];
    w.close();
    expect([r.since, r.filingsListed, r.imported]).toEqual(["2025-11-01", 2, 2]);
    expect(r.changes.revisedFigures).toBeGreaterThanOrEqual(1);
    expect(revision).toHaveLength(1);
    expect(revision[0]).toMatchObject({
      periodEnd: "2025-09-30",
      periodType: "quarter",
      oldValue: 18_032_898,
      newValue: 18_532_898,
      oldSourceUrl: "https://www.sec.gov/Archives/edgar/data/1710350/000121390025110383/ea0263546-10q_bitdigital.htm",
      sourceUrl: "https://www.sec.gov/Archives/edgar/data/1710350/000121390025120000/ea0270000-10qa_bitdigital.htm",
    });
  });

  test("a large sale the new figures reveal is recorded as a new event, with the figure's source", async () => {
    const { recordChanges } = await import("@/lib/ingest/changes");
    const file = path.join(tmp, "clsk-sale.csv");
    fs.writeFileSync(
      file,
      "ticker,period_end,period_type,metric,value,unit,source_url,source_kind,source_date,quote\n" +
        'CLSK,2025-10-31,month,btc_sold,1200,BTC,https://www.cleanspark.com/news/october-2025-update,production-update,2025-11-04,"sold 1,200 bitcoin in October"\n',
    );
    const w = openWriteDatabase(db.file);
    const [report] = await importInputs(w, [file], {
      onSaved: (tx, runId, eventsBefore) => recordChanges(tx, runId, eventsBefore),
    });
    const rows = w.prepare("SELECT kind, title, sourceUrl FROM Change WHERE importRunId = ?").all(report.importRunId);
    w.close();
    const url = "https://www.cleanspark.com/news/october-2025-update";
    expect(rows).toEqual([
      { kind: "new-figure", title: null, sourceUrl: url },
      { kind: "new-filing", title: null, sourceUrl: url }, // the release itself is a new document
      { kind: "new-event", title: "Sold 1,200 BTC (month)", sourceUrl: url },
    ]);
  });

  test("the feeds are valid Atom with stable ids, linking the EDGAR document and the company page", async () => {
    const { GET } = await import("@/app/feed.xml/route");
    const { GET: companyFeed } = await import("@/app/(site)/companies/[ticker]/feed.xml/route");
    const xml = await (await GET(new Request("http://mp.test/feed.xml"))).text();
    expect(await (await GET(new Request("http://mp.test/feed.xml"))).text()).toBe(xml);
    const doc = parseDocument(xml, { xmlMode: true });
    const feed = doc.children.find((n) => "name" in n && n.name === "feed") as unknown as Element;
    expect(feed).toBeTruthy();
    const atom = (el: Element, name: string) => el.children.filter((c) => "name" in c && c.name === name) as Element[];
    expect(feed.attribs.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const required of ["id", "title", "updated"]) expect(atom(feed, required)).toHaveLength(1);
    const entries = atom(feed, "entry");
    expect(entries.length).toBe(count("Change"));
    const ids = entries.map((e) => text(atom(e, "id")[0]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      for (const required of ["id", "title", "updated"]) expect(atom(e, required)).toHaveLength(1);
      const links = atom(e, "link").map((l) => [l.attribs.rel, l.attribs.href]);
      expect(links.find(([rel]) => rel === "alternate")?.[1]).toMatch(
        /^https:\/\/(www\.sec\.gov\/Archives\/|www\.cleanspark\.com\/news\/)/,
      );
      expect(links.find(([rel]) => rel === "related")?.[1]).toMatch(/^http:\/\/mp\.test\/companies\/(CLSK|BTBT)$/);
    }
    const revised = entries.find((e) => text(atom(e, "title")[0]).includes("revised from 18,032,898"));
    expect(text(atom(revised!, "title")[0])).toMatch(
      /^BTBT: AI\/HPC revenue, Quarter to Sep 2025 revised from 18,032,898 USD to 18,532,898 USD \(10-Q\/A filed Nov 20, 2025\)$/,
    );
    const btbt = await (
      await companyFeed(new Request("http://mp.test/companies/BTBT/feed.xml"), {
        params: Promise.resolve({ ticker: "BTBT" }),
      })
    ).text();
    expect(btbt).toContain("revised from 18,032,898");
    expect(btbt).not.toContain("/companies/CLSK<");
    expect(xml).toContain("CLSK: Sold 1,200 BTC (month) (production-update dated Nov 4, 2025)");
  });

  test("/changes lists the revision with its old and new value and both sources, and filters by kind", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { default: ChangesPage } = await import("@/app/(site)/changes/page");
    const render = async (q: Record<string, string>) =>
      renderToStaticMarkup(await ChangesPage({ searchParams: Promise.resolve(q) }));
    const revisions = await render({ kind: "revised-figure" });
    expect(revisions).toContain(
      "AI/HPC revenue, Quarter to Sep 2025 revised from 18,032,898 USD to 18,532,898 USD (10-Q/A filed Nov 20, 2025)",
    );
    // The earlier source keeps its own form.
    expect(revisions).toMatch(
      /was: <\/span><span><strong>10-Q<\/strong> · Nov 14, 2025 · <span class="tier tier-filing">SEC filing<\/span> <a href="[^"]*ea0263546-10q_bitdigital\.htm"/,
    );
    expect(revisions).toContain(
      'href="https://www.sec.gov/Archives/edgar/data/1710350/000121390025120000/ea0270000-10qa_bitdigital.htm"',
    );
    expect(revisions).toContain(
      'href="https://www.sec.gov/Archives/edgar/data/1710350/000121390025110383/ea0263546-10q_bitdigital.htm"',
    );
    expect(revisions).not.toContain("New filing or release</td>");
    expect(await render({ kind: "new-filing" })).toContain("New filing or release</td>");
    const clsk = await render({ company: "clsk" });
    expect(clsk).toContain('<a href="/companies/CLSK">CLSK</a>: new 8-K filed Sep 3, 2025');
    expect(clsk).not.toContain(">BTBT</a>");
  });

  test("the dataset download loads back through the importer into an empty database with the same observations", async () => {
    const w = openWriteDatabase(db.file);
    const out = writeDownloads(w, path.join(tmp, "downloads"));
    w.close();
    const file = (id: string) => path.join(out.dir, out.names.find((n) => n.startsWith(`minerpivot-${id}-`))!);
    const empty = createMigratedDatabase();
    const e = openWriteDatabase(empty.file);
    const reports = await importInputs(e, [file("companies"), file("observations")]);
    e.close();
    expect(reports.map((r) => [r.status, r.errors])).toEqual([
      ["ok", []],
      ["ok", []],
    ]);
    const n = (f: string, sql: string) => (new Database(f, { readonly: true }).prepare(sql).get() as { n: number }).n;
    const facts = "SELECT COUNT(*) AS n FROM Observation";
    expect(n(empty.file, facts)).toBe(n(db.file, facts));
    const derived = "SELECT COUNT(*) AS n FROM Observation WHERE derivation IS NOT NULL";
    expect(n(empty.file, derived)).toBe(n(db.file, derived));
    empty.cleanup();
  });

  test("the CLI prints a summary per company; a second run records no change", async () => {
    const env = {
      DATABASE_URL: db.url,
      SEC_USER_AGENT: "MinerPivot tests tests@example.com",
      SEC_DATA_BASE_URL: edgar.dataBaseUrl,
      SEC_WWW_BASE_URL: edgar.wwwBaseUrl,
      SEC_CACHE_DIR: path.join(tmp, "sec-cache"),
      MINERPIVOT_DOWNLOADS_DIR: path.join(tmp, "cli-downloads"),
    };
    const first = await cli(["--tickers", "CLSK,BTBT"], env);
    console.log(`npm run refresh -- --tickers CLSK,BTBT\n${first.stdout}${first.stderr}`);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ok {4} CLSK {3}since \d{4}-\d{2}-\d{2}: \d+ filings listed/m);
    expect(first.stdout).toMatch(/^ok {4} BTBT /m);
    const again = await cli(["--tickers", "CLSK,BTBT"], env);
    expect(again.stdout).toMatch(/0 changes recorded\.$/m);
    const bad = await cli(["--tickers", "CLSK,NOPE"], env);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      1,
      "NOPE is not a tracked company; add it with: npm run refresh -- --add NOPE",
    ]);
    const badDate = await cli(["--since", "2024-13-01"], env);
    expect([badDate.code, badDate.stderr.trim()]).toEqual([2, "--since: not a real calendar date"]);
  });
});

type Element = { name: string; attribs: Record<string, string>; children: (Element | { data?: string })[] };
const text = (el: Element): string =>
  el.children.map((c) => ("data" in c ? (c.data ?? "") : text(c as Element))).join("");

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // The README's command itself: `npm run refresh -- …`.
    const child = spawn("npm", ["run", "--silent", "refresh", "--", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
