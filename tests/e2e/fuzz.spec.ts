import { type APIRequestContext, expect, test } from "@playwright/test";
import fc from "fast-check";
import { parseFormatOnly } from "@/lib/api/format-param";
import { parseSeriesQuery } from "@/lib/api/series-query";
import { isDotSegment, queryArb, SEEDED_TICKERS, segmentArb, validCompareQueryArb } from "../support/fuzz-arbitraries";
import { findLeak, looksLikeLeak, rawRequest } from "../support/fuzz-http";

/**
 * Property-based fuzzing of every page and API route against the production server (next start): URL parameters
 * built from the real schemas and arbitrary input, path segments of the ticker routes. Every response must be
 * 200 / 400 / 404 as each route documents, and no body may carry a stack trace or a serialized server error.
 *
 * Reproduce a failure with the printed seed: FUZZ_SEED=<seed> npx playwright test tests/e2e/fuzz.spec.ts
 * FUZZ_SCALE=<n> multiplies the number of cases (default: 5,120 requests in all).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const BATCH = 16;
const BASE = "http://fuzz.invalid";

const COMPARE_KEYS = [
  "companies",
  "metric",
  "vs",
  "lens",
  "index",
  "scale",
  "time",
  "cadence",
  "view",
  "usd",
  "events",
];
const COMPANY_KEYS = ["cadence", "commitment", "events"];

interface Outcome {
  status: number;
  body: string;
  contentType: string;
}
interface Case {
  url: string;
  /** Returns what is wrong with the response, or null. */
  check: (o: Outcome) => string | null;
  /** How fast-check prints the case in a counterexample: just its URL. */
  [fc.toStringMethod]: () => string;
}

const makeCase = (url: string, check: Case["check"]): Case => ({
  url,
  check,
  [fc.toStringMethod]: () => JSON.stringify(url),
});

/**
 * What Next.js hands the route handler: it drops query keys starting with nxtP / nxtI (its own route-parameter
 * markers) and "__proto__" (lost when it rebuilds the URL from a plain query object) before the app sees them.
 */
const withoutNextKeys = (params: URLSearchParams) => {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!/^nxt[PI]./.test(k) && k !== "__proto__") out.append(k, v);
  return out;
};
const searchParamsOf = (url: string) => withoutNextKeys(new URL(url, BASE).searchParams);
const pathDecodes = (url: string) => {
  try {
    decodeURIComponent(new URL(url, BASE).pathname);
    return true;
  } catch {
    return false;
  }
};

const isHtml = (o: Outcome) => o.contentType.startsWith("text/html");
const apiErrorShape = (o: Outcome, code: string): string | null => {
  try {
    const body = JSON.parse(o.body);
    return body?.error?.code === code && Array.isArray(body.error.details)
      ? null
      : `error body is not {error:{code:"${code}"}}`;
  } catch {
    return "error body is not JSON";
  }
};

/** Pages: bad query values fall back to defaults with a notice, so a page with a valid path always answers 200. */
const pageCase = (url: string): Case =>
  makeCase(url, (o) =>
    o.status === 200 && isHtml(o) ? null : `expected a 200 HTML page, got ${o.status} ${o.contentType}`,
  );

/** /api/v1/series: exactly the strict parse of lib/api/series-query decides between 400 and data. */
const seriesCase = (url: string): Case =>
  makeCase(url, (o) => {
    const parsed = parseSeriesQuery(searchParamsOf(url));
    if (!parsed.ok)
      return o.status === 400
        ? apiErrorShape(o, "bad_request")
        : `expected 400 (${parsed.details[0]}), got ${o.status}`;
    // 404 when no requested company is tracked (pages fall back to the defaults; the API does not).
    if (o.status === 404) return apiErrorShape(o, "not_found");
    if (o.status !== 200) return `expected 200, got ${o.status}`;
    if (parsed.format === "csv")
      return o.contentType.startsWith("text/csv") ? null : `expected CSV, got ${o.contentType}`;
    try {
      const body = JSON.parse(o.body);
      return Array.isArray(body.rows) ? null : "JSON without rows";
    } catch {
      return "200 with a body that is not JSON";
    }
  });

/** /api/v1/companies and /api/v1/companies/{ticker}: only ?format=json|csv is accepted. */
const companiesApiCase = (url: string): Case =>
  makeCase(url, (o) => {
    const parsed = parseFormatOnly(`${BASE}/?${searchParamsOf(url)}`);
    if (!parsed.ok) return o.status === 400 ? apiErrorShape(o, "bad_request") : `expected 400, got ${o.status}`;
    if (o.status !== 200) return `expected 200, got ${o.status}`;
    return o.contentType.startsWith(parsed.format === "csv" ? "text/csv" : "application/json")
      ? null
      : `expected ${parsed.format}, got ${o.contentType}`;
  });

/** Ticker path segments: an undecodable path is a 400 (scripts/serve.ts); otherwise a page is 200 or 404, the API also 400. */
const segmentCase = (prefix: string, segment: string): Case => {
  const url = `${prefix}${segment}`;
  const api = prefix.startsWith("/api/");
  return makeCase(url, (o) => {
    if (!pathDecodes(url))
      return o.status === 400 ? null : `an undecodable path must answer 400 (scripts/serve.ts), got ${o.status}`;
    if (!api) {
      if (o.status !== 200 && o.status !== 404) return `expected 200 or 404, got ${o.status}`;
      return isHtml(o) ? null : `expected HTML, got ${o.contentType}`;
    }
    if (o.status === 400) return apiErrorShape(o, "bad_request");
    if (o.status === 404) return apiErrorShape(o, "not_found");
    if (o.status !== 200) return `expected 200, 400 or 404, got ${o.status}`;
    const ticker = JSON.parse(o.body)?.company?.ticker;
    return (SEEDED_TICKERS as readonly string[]).includes(ticker) ? null : `200 for an untracked ticker ${ticker}`;
  });
};

async function hit(request: APIRequestContext, url: string): Promise<Outcome> {
  const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false, timeout: 60_000 });
  return { status: res.status(), body: await res.text(), contentType: res.headers()["content-type"] ?? "" };
}

/** Sends one batch concurrently; throws one error listing every failing request. */
async function runBatch(request: APIRequestContext, cases: Case[]): Promise<void> {
  const results = await Promise.all(
    cases.map((c) =>
      hit(request, c.url).then(
        (o) => ({ c, o, err: null }),
        (err: unknown) => ({ c, o: null, err }),
      ),
    ),
  );
  const failures: string[] = [];
  for (const { c, o, err } of results) {
    if (!o) {
      failures.push(`GET ${c.url}\n    request failed: ${String(err)}`);
      continue;
    }
    const problem =
      (![200, 400, 404].includes(o.status) ? `status ${o.status} is not 200/400/404` : null) ??
      (looksLikeLeak(c.url) ? null : findLeak(o.body)) ??
      c.check(o);
    if (problem) failures.push(`GET ${c.url}\n    ${problem}\n    body: ${JSON.stringify(o.body.slice(0, 300))}`);
  }
  if (failures.length)
    throw new Error(`${failures.length} of ${cases.length} requests failed:\n${failures.join("\n")}`);
}

/** fc.assert over batches of BATCH cases; returns the number of requests of the successful run. */
async function fuzz(request: APIRequestContext, name: string, arb: fc.Arbitrary<Case>, batches: number) {
  const numRuns = Math.max(1, Math.round(batches * SCALE));
  let sent = 0;
  const t0 = Date.now();
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(arb, { minLength: BATCH, maxLength: BATCH }), async (cases) => {
        sent += cases.length;
        await runBatch(request, cases);
      }),
      { numRuns, seed: SEED },
    );
  } catch (err) {
    console.error(`[fuzz] ${name} failed with seed ${SEED}: reproduce with FUZZ_SEED=${SEED}`);
    throw err;
  }
  console.info(`[fuzz] ${name}: ${sent} requests in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${SEED})`);
  expect(sent).toBe(numRuns * BATCH);
  return sent;
}

// Every test sends many requests; the server has two cores to share with the browser-based specs.
test.describe.configure({ timeout: 300_000 });

test("pages: any query string on /, /compare, /methodology, the company pages and the embeds answers 200", async ({
  request,
}) => {
  const ticker = fc.constantFrom(...SEEDED_TICKERS);
  const arb = fc.oneof(
    queryArb(["sort", "dir"]).map((q) => pageCase(`/?${q}`)),
    fc.oneof(queryArb(COMPARE_KEYS), validCompareQueryArb).map((q) => pageCase(`/compare?${q}`)),
    fc.oneof(queryArb(COMPARE_KEYS), validCompareQueryArb).map((q) => pageCase(`/embed/compare?${q}`)),
    queryArb(["format", "sort"]).map((q) => pageCase(`/methodology?${q}`)),
    fc.tuple(ticker, queryArb(COMPANY_KEYS)).map(([t, q]) => pageCase(`/companies/${t}?${q}`)),
    fc.tuple(ticker, queryArb(COMPANY_KEYS)).map(([t, q]) => pageCase(`/embed/companies/${t}?${q}`)),
  );
  await fuzz(request, "pages × query", arb, 100);
});

test("/api/v1/series: 400 exactly when the strict parse refuses the query, else data", async ({ request }) => {
  const arb = fc
    .oneof(queryArb([...COMPARE_KEYS, "format"]), validCompareQueryArb)
    .map((q) => seriesCase(`/api/v1/series?${q}`));
  await fuzz(request, "series API × query", arb, 100);
});

test("/api/v1/companies and /api/v1/companies/{ticker}: only ?format=json|csv is accepted", async ({ request }) => {
  const arb = fc.oneof(
    queryArb(["format"]).map((q) => companiesApiCase(`/api/v1/companies?${q}`)),
    fc
      .tuple(fc.constantFrom(...SEEDED_TICKERS), queryArb(["format"]))
      .map(([t, q]) => companiesApiCase(`/api/v1/companies/${t}?${q}`)),
  );
  await fuzz(request, "companies API × query", arb, 40);
});

test("ticker path segments of /companies, /embed/companies and /api/v1/companies", async ({ request }) => {
  const prefixes = ["/companies/", "/embed/companies/", "/api/v1/companies/"] as const;
  const arb = fc
    .tuple(fc.constantFrom(...prefixes), segmentArb)
    .filter(([prefix, segment]) => {
      // Only single, non-dot segments: dot segments and trailing slashes are URL normalization (tested below).
      const pathname = new URL(`${prefix}${segment}`, BASE).pathname;
      const rest = pathname.slice(prefix.length);
      return pathname.startsWith(prefix) && !rest.includes("/") && !isDotSegment(rest);
    })
    .map(([prefix, segment]) => segmentCase(prefix, segment));
  await fuzz(request, "ticker path segments", arb, 80);
});

test("schema near-misses answer as documented", async ({ request }) => {
  const fifty = Array.from({ length: 50 }, (_, i) => `T${String(i).padStart(2, "0")}`).join("~");
  const cases: [string, number][] = [
    ["/compare?lens=bogus", 200],
    ["/compare?lens=INDEX&index=0000-00-00", 200],
    ["/compare?time=2024-13-01..latest", 200],
    [`/compare?companies=${fifty}`, 200],
    ["/compare?usd=-1&events=-1&scale=-1", 200],
    ["/embed/compare?time=2025-01-01..2024-01-01&lens=change&cadence=quarterly", 200],
    ["/companies/RIOT?cadence=-1&commitment=btc_held&events=2", 200],
    ["/?sort=-1&dir=-1&sort=mw", 200],
    ["/api/v1/series?lens=bogus", 400],
    ["/api/v1/series?time=2024-13-01..latest", 400],
    ["/api/v1/series?index=0000-00-00", 400],
    ["/api/v1/series?index=2024-02-30&lens=index", 400],
    [`/api/v1/series?companies=${fifty}`, 400],
    ["/api/v1/series?companies=RIOT&companies=MARA", 400],
    ["/api/v1/series?usd=-1", 400],
    ["/api/v1/series?format=xml", 400],
    ["/api/v1/series?format=csv&format=csv", 400],
    ["/api/v1/series?companies=RIOT~MARA&lens=index&index=2024-01-31&time=2023&format=csv", 200],
    ["/api/v1/series?companies=riot&usd=1&view=trajectory&format=csv", 200],
    ["/api/v1/companies?format=csv", 200],
    ["/api/v1/companies?format=CSV", 400],
    ["/api/v1/companies?limit=-1", 400],
    ["/api/v1/companies/RIOT?format=csv", 200],
    ["/api/v1/companies/riot", 200],
    ["/api/v1/companies/ZZZZ", 404],
    ["/api/v1/companies/-1", 400],
    ["/api/v1/companies/%3Cimg%3E", 400],
    ["/companies/ZZZZ", 404],
    ["/companies/-1", 404],
    ["/embed/companies/ZZZZ", 404],
    ["/companies/%E0%A4%A", 400],
    ["/api/v1/companies/%E0%A4%A", 400],
  ];
  const results = await Promise.all(cases.map(([url]) => hit(request, url)));
  const got = cases.map(([url], i) => [url, results[i].status] as [string, number]);
  expect(got).toEqual(cases);
  for (const [i, o] of results.entries()) expect(findLeak(o.body), cases[i][0]).toBeNull();
});

test("dot segments and trailing slashes are resolved by the router, never a 500 (raw HTTP, no client normalization)", async ({
  baseURL,
}) => {
  const targets = [
    "/companies/..",
    "/companies/.",
    "/companies/%2e%2e",
    "/companies/%2E",
    "/companies/RIOT/",
    "/embed/companies/..",
    "/embed/companies/%2e",
    "/api/v1/companies/",
    "/api/v1/companies/..",
    "/api/v1/companies/%2e%2e",
    "/api/v1/companies/RIOT/..",
    "/api/v1/series/",
    "/compare/",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/companies/..%2f..%2fpackage.json",
    "//companies/RIOT",
  ];
  for (const target of targets) {
    const res = await rawRequest(baseURL!, target);
    expect([200, 308, 400, 404], target).toContain(res.status);
    if (res.status === 308) expect(res.headers.location, target).toMatch(/^\/(?!\/)/);
    expect(findLeak(res.body), target).toBeNull();
  }
});

test("a request line over Node's 16 KiB header limit is refused by the HTTP server with 431, without a stack", async ({
  baseURL,
}) => {
  for (const target of [`/compare?companies=${"A".repeat(20_000)}`, `/api/v1/companies/${"A".repeat(20_000)}`]) {
    const res = await rawRequest(baseURL!, target);
    expect(res.status).toBe(431);
    expect(findLeak(res.body)).toBeNull();
  }
});

test("/api/v1/series with only untracked companies answers 404, not the default companies", async ({ request }) => {
  // Regression: the page view falls back to the default companies; the API must not hand a script data it did not ask for.
  const res = await request.get("/api/v1/series?companies=ZZZZ");
  expect(res.status()).toBe(404);
  expect((await request.get("/api/v1/series?companies=ZZZZ~RIOT")).status()).toBe(200);
});
