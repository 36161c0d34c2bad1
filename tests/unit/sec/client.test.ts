import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createSecClient, downloadForIngest, type SecClientOptions } from "@/lib/ingest/sec";
import { FIXTURE_DIR, type FixtureServer, startFixtureServer } from "./fixture-server";

const UA = "MinerPivot tests test@example.com";
const SUBMISSIONS = "/data/submissions/CIK0000827876.json";
const FACTS = "/data/api/xbrl/companyfacts/CIK0000827876.json";
const TICKERS = "/www/files/company_tickers.json";
const TEN_Q = "/www/Archives/edgar/data/827876/000095017025100000/clsk-20250630.htm";
const TEN_K = "/www/Archives/edgar/data/827876/000095017024130000/clsk-20240930.htm";

let server: FixtureServer;
let cacheDir: string;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.requests.length = 0;
  cacheDir = await mkdtemp(path.join(os.tmpdir(), "sec-client-"));
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

function client(extra: Partial<SecClientOptions> = {}) {
  // env: {} keeps a developer's real SEC_* variables from leaking into the tests.
  return createSecClient({
    userAgent: UA,
    dataBaseUrl: server.dataBaseUrl,
    wwwBaseUrl: server.wwwBaseUrl,
    cacheDir,
    env: {},
    ...extra,
  });
}

describe("downloadCompany", () => {
  test("fetches companyfacts and the latest 10-Q and 10-K with the declared User-Agent", async () => {
    const sec = client();
    const result = await sec.downloadCompany("827876");

    expect(server.paths()).toEqual([SUBMISSIONS, FACTS, TEN_Q, TEN_K]);
    expect(server.requests.every((r) => r.userAgent === UA && r.method === "GET")).toBe(true);
    expect(sec.requestCount()).toBe(4);

    expect(result).toMatchObject({
      cik: "0000827876",
      name: "CLEANSPARK, INC.",
      companyFactsUrl: server.origin + FACTS,
      submissionsUrl: server.origin + SUBMISSIONS,
      missingForms: [],
    });
    // Newest first wins; the 10-K/A amendment filed later than the 10-K is not a "10-K".
    expect(result.filings.map(({ path: _p, ...f }) => f)).toEqual([
      {
        form: "10-Q",
        accession: "0000950170-25-100000",
        filingDate: "2025-08-07",
        reportDate: "2025-06-30",
        url: server.origin + TEN_Q,
      },
      {
        form: "10-K",
        accession: "0000950170-24-130000",
        filingDate: "2024-11-29",
        reportDate: "2024-09-30",
        url: server.origin + TEN_K,
      },
    ]);
  });

  test("writes each body plus a metadata sidecar into cacheDir, named by the URL's sha256", async () => {
    const result = await client().downloadCompany("827876");
    const stored = [
      [result.companyFactsPath, result.companyFactsUrl, "companyfacts/CIK0000827876.json", "application/json"],
      [
        result.filings[0].path,
        result.filings[0].url,
        "archives/827876/000095017025100000/clsk-20250630.htm",
        "text/html",
      ],
    ] as const;
    for (const [file, url, fixture, type] of stored) {
      expect(path.dirname(file)).toBe(path.resolve(cacheDir));
      const hash = createHash("sha256").update(url).digest("hex");
      expect(path.basename(file)).toBe(`${hash}_${url.split("/").slice(-2).join("_")}`);
      expect(await readFile(file)).toEqual(await readFile(path.join(FIXTURE_DIR, fixture)));
      const meta = JSON.parse(await readFile(`${file}.meta.json`, "utf8"));
      expect(meta).toMatchObject({ url, status: 200, bytes: (await readFile(file)).length });
      expect(meta.contentType).toContain(type);
      expect(new Date(meta.fetchedAt).toISOString()).toBe(meta.fetchedAt);
    }
    expect(path.basename(result.companyFactsPath)).toMatch(/^[0-9a-f]{64}_companyfacts_CIK0000827876\.json$/);
    // 4 bodies + 4 sidecars, and no temp file left behind by the atomic writes.
    const files = await readdir(cacheDir);
    expect(files).toHaveLength(8);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a second call is served from the disk cache; refresh refetches everything", async () => {
    const first = await client().downloadCompany("827876");
    const sec = client(); // a new client proves the cache is on disk, not in memory
    const second = await sec.downloadCompany("827876");
    expect(second).toEqual(first);
    expect(sec.requestCount()).toBe(0);
    expect(server.requests).toHaveLength(4);

    const third = await sec.downloadCompany("827876", { refresh: true });
    expect(third.filings.map((f) => f.path)).toEqual(first.filings.map((f) => f.path));
    expect(sec.requestCount()).toBe(4);
    expect(server.paths().slice(4)).toEqual([SUBMISSIONS, FACTS, TEN_Q, TEN_K]);
  });

  test("accepts a ticker in any case and only the requested forms", async () => {
    const sec = client();
    const result = await sec.downloadCompany("clsk", { forms: ["10-K", "20-F"] });
    expect(server.paths()).toEqual([TICKERS, SUBMISSIONS, FACTS, TEN_K]);
    expect(result.filings.map((f) => f.form)).toEqual(["10-K"]);
    expect(result.missingForms).toEqual(["20-F"]);
  });

  test("downloadForIngest lists companyfacts then filings with their dates", async () => {
    const list = await downloadForIngest("CLSK", {
      userAgent: UA,
      dataBaseUrl: server.dataBaseUrl,
      wwwBaseUrl: server.wwwBaseUrl,
      cacheDir,
      env: {},
    });
    expect(list.map(({ path: _p, ...d }) => d)).toEqual([
      { kind: "companyfacts", form: null, url: server.origin + FACTS, date: null },
      { kind: "filing", form: "10-Q", url: server.origin + TEN_Q, date: "2025-08-07" },
      { kind: "filing", form: "10-K", url: server.origin + TEN_K, date: "2024-11-29" },
    ]);
  });
});

describe("resolveCik", () => {
  test.each([
    ["CLSK", "0000827876", "CLSK", "CLEANSPARK, INC."],
    ["clsk", "0000827876", "CLSK", "CLEANSPARK, INC."],
    [" Mara ", "0001507605", "MARA", "MARA Holdings, Inc."],
    ["brk.b", "0001067983", "BRK-B", "BERKSHIRE HATHAWAY INC"],
  ])("ticker %j → CIK %s", async (input, cik, ticker, name) => {
    expect(await client().resolveCik(input)).toEqual({ cik, ticker, name });
    expect(server.paths()).toEqual([TICKERS]);
  });

  test.each([
    ["827876", "0000827876"],
    ["0000827876", "0000827876"],
    ["CIK827876", "0000827876"],
    ["320193", "0000320193"],
    ["000000320193", "0000320193"],
  ])("numeric %j is a CIK padded to %s, with no request", async (input, cik) => {
    const sec = client();
    expect(await sec.resolveCik(input)).toEqual({ cik, ticker: null, name: null });
    expect(sec.requestCount()).toBe(0);
  });

  test("the ticker map is cached like any other response", async () => {
    await client().resolveCik("CLSK");
    const sec = client();
    await sec.resolveCik("AAPL");
    expect(sec.requestCount()).toBe(0);
  });
});
