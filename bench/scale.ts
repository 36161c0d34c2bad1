/**
 * Scale: a CLEARLY SYNTHETIC database (1,000 companies × 10 years monthly × 10 metrics ≈ 1.2 M observations;
 * SCALE_COMPANIES / SCALE_YEARS override) generated into its own temp file, then page timings against a production
 * server on it, and EXPLAIN QUERY PLAN of the SQL the app's lib/db functions send (captured from Prisma).
 * The overview entries are computed after generation, as an import computes them.
 * Goals: company page p50 ≤ 50 ms on its first request (rendered for this data version) and ≤ 5 ms cached, compare
 * of 10 companies p50 ≤ 150 ms, overview cold ≤ 2 s (any non-200 answer is a FAIL). API figures are INFO.
 * Run: npx tsx bench/scale.ts [--build]   (SCALE_OVERVIEW_RUNS, SCALE_OVERVIEW_TIMEOUT (s) tune the overview)
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { saveOverviewEntries } from "../lib/ingest/save-overview";
import { openWriteDatabase } from "../lib/ingest/sqlite";
import { migratedDatabase, seededDatabase } from "./lib/db";
import { closeConnections, get, routeExists } from "./lib/http";
import { captureAppQueries, explain, shortenSql } from "./lib/query-plans";
import { ensureBuild, rssBytes, startServer } from "./lib/server";
import { check, kb, mb, median, ms, percentile, verdict } from "./lib/stats";
import { generateSynthetic, prng, syntheticTicker } from "./lib/synthetic";

const COMPANIES = Number(process.env.SCALE_COMPANIES ?? 1000);
const YEARS = Number(process.env.SCALE_YEARS ?? 10);
const OVERVIEW_RUNS = Number(process.env.SCALE_OVERVIEW_RUNS ?? 3);
const OVERVIEW_TIMEOUT_S = Number(process.env.SCALE_OVERVIEW_TIMEOUT ?? 120);
const rand = prng(7);
const randomTicker = () => syntheticTicker(Math.floor(rand() * COMPANIES));
const randomSet = (n: number) => {
  const set = new Set<string>();
  while (set.size < Math.min(n, COMPANIES)) set.add(randomTicker());
  return [...set];
};

ensureBuild();

// 1. Generate.
const t0 = performance.now();
const db = migratedDatabase("synthetic.db");
const tMigrated = performance.now();
const counts = generateSynthetic(db.file, COMPANIES, YEARS);
const tGenerated = performance.now();
const size = fs.statSync(db.file).size;
console.log(
  `synthetic dataset: ${counts.companies.toLocaleString("en-US")} companies, ${counts.sources.toLocaleString("en-US")} sources, ` +
    `${counts.observations.toLocaleString("en-US")} observations, ${counts.events.toLocaleString("en-US")} events\n`,
);
verdict(
  "INFO",
  "generation time",
  `${((tGenerated - tMigrated) / 1000).toFixed(1)} s inserts (one transaction) + ${((tMigrated - t0) / 1000).toFixed(1)} s migrate`,
);
verdict("INFO", "database file size", mb(size));
// What an import does after writing: each company's overview entry (lib/ingest/save-overview.ts).
{
  const w = openWriteDatabase(db.file);
  const s = performance.now();
  const { updated } = w.transaction(() => saveOverviewEntries(w, "all"))();
  w.close();
  verdict(
    "INFO",
    "overview entries computed (as an import does)",
    `${updated} companies in ${((performance.now() - s) / 1000).toFixed(1)} s`,
  );
}

// 2. Query plans of the SQL the app sends (captured on the curated dataset, explained on the synthetic one).
console.log("\nEXPLAIN QUERY PLAN (synthetic database) of the SQL lib/db/*.ts sends through Prisma:");
const captured = await captureAppQueries(seededDatabase().url, "RIOT");
const reader = new Database(db.file, { readonly: true });
const seen = new Set<string>();
for (const q of captured) {
  const key = shortenSql(q.sql);
  if (seen.has(key)) continue;
  seen.add(key);
  console.log(`\n- ${q.origin}\n  ${key}`);
  for (const line of explain(reader, q)) console.log(line);
}
// SQL-only time of the two observation queries, to separate database time from page rendering time.
const obsQuery = captured.find((q) => q.origin.startsWith('getSourcedValues("'));
const allQuery = captured.find((q) => q.origin.startsWith("getSourcedValues()"));
const sqlTime = (sql: string, params: unknown[]) => {
  const s = performance.now();
  const n = reader.prepare(sql).all(...params).length;
  return { ms: performance.now() - s, n };
};
console.log("");
if (obsQuery) {
  const r = sqlTime(
    obsQuery.sql,
    obsQuery.params.map((p) => (p === "RIOT" ? syntheticTicker(0) : p)),
  );
  verdict("INFO", "SQL only: observations of one company", `${ms(r.ms)} (${r.n} rows)`);
}
if (allQuery) {
  const r = sqlTime(allQuery.sql, allQuery.params);
  verdict("INFO", "SQL only: all observations (overview)", `${ms(r.ms)} (${r.n.toLocaleString("en-US")} rows)`);
}
reader.close();

// 3. Pages against a production server on the synthetic database.
const server = await startServer({ databaseUrl: db.url });
console.log(`\nproduction server on the synthetic database: ${server.url}\n`);
/** Times the URLs in order; non-200 answers are counted (and the server's last words shown), not timed. */
const timeAll = async (urls: string[], timeoutMs = 60_000) => {
  const times: number[] = [];
  const failures: string[] = [];
  let bytes = 0;
  for (const url of urls) {
    const r = await get(server.url + url, timeoutMs);
    if (r.status === 200) {
      times.push(r.ms);
      bytes = r.bytes;
    } else failures.push(`${r.status} ${url}`);
  }
  if (failures.length) {
    console.log(`  ${failures.length} of ${urls.length} failed, e.g. ${failures[0]}`);
    console.log(`  server output (tail):\n${server.output().split("\n").slice(-15).join("\n")}`);
  }
  return { times, bytes, failures };
};
/** One PASS/FAIL (goal) or INFO line for a timed series; any failed request makes it FAIL. */
const report = (label: string, r: Awaited<ReturnType<typeof timeAll>>, goalMs?: number) => {
  const value = `p50 ${ms(median(r.times))}, p95 ${ms(percentile(r.times, 95))}, size ${kb(r.bytes)}`;
  const failed = r.failures.length ? `; ${r.failures.length} non-200 answers` : "";
  if (r.failures.length) verdict("FAIL", label, value + failed, goalMs ? `p50 ≤ ${goalMs} ms, no errors` : "no errors");
  else if (goalMs) check(median(r.times) <= goalMs, label, value, `p50 ≤ ${goalMs} ms`);
  else verdict("INFO", label, value);
};

await timeAll(Array.from({ length: 5 }, () => `/companies/${randomTicker()}`)); // warm-up (server code, not pages)
// Each page rendered once per data version: the first request renders it, the next ones are served from the cache.
const pages = randomSet(50).map((t) => `/companies/${t}`);
report("company page uncached (50 random companies, first request)", await timeAll(pages), 50);
report("company page cached (the same 50 again)", await timeAll(pages), 5);

const compareUrl = () => `/compare?companies=${randomSet(10).join("~")}`;
await timeAll([compareUrl(), compareUrl()]);
report("compare of 10 companies (20 random sets)", await timeAll(Array.from({ length: 20 }, compareUrl)), 150);

const seriesUrl = () => `/api/v1/series?companies=${randomSet(2).join("~")}`;
if (!(await routeExists(server.url + seriesUrl())))
  verdict("SKIP", "/api/v1/series", "route answers 404 (not implemented yet)");
else report("/api/v1/series (2 random companies, JSON)", await timeAll(Array.from({ length: 20 }, seriesUrl)));

// The overview last: assembled from the stored entries, never from every observation.
const overview: number[] = [];
let overviewBytes = 0;
try {
  for (let i = 0; i < OVERVIEW_RUNS; i++) {
    const r = await get(`${server.url}/`, OVERVIEW_TIMEOUT_S * 1000);
    if (r.status !== 200) throw new Error(`answered ${r.status}`);
    overview.push(r.ms);
    overviewBytes = r.bytes;
    console.log(`  overview run ${i + 1}: ${(r.ms / 1000).toFixed(1)} s, ${mb(r.bytes)}`);
  }
  // Run 1 is cold: the first render for this data version, from the stored entries.
  check(overview[0] <= 2000, "overview / cold (first request)", `${(overview[0] / 1000).toFixed(2)} s`, "≤ 2 s");
  verdict("INFO", `overview / cached p50 (runs 2–${OVERVIEW_RUNS})`, ms(median(overview.slice(1))));
  verdict("INFO", "overview / HTML size", mb(overviewBytes));
} catch (err) {
  verdict("FAIL", "overview /", `no answer: ${err instanceof Error ? err.message : String(err)}`);
}
const rss = rssBytes(server.serverPid());
verdict("INFO", "next-server RSS after the runs", rss === null ? "process gone" : mb(rss));

closeConnections();
await server.stop();
