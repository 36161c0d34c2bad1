/**
 * Throughput under load: autocannon, 100 connections for 20 s (LOAD_SECONDS / LOAD_CONNECTIONS override), on a
 * production server with the seeded dataset, against a static JavaScript chunk of the same build served by the
 * same server (the reference: the most a request can cost here), then /companies/RIOT, /, /methodology and
 * /api/v1/series. autocannon runs in this process, on the same 2-core machine as the server.
 * Goals: company page requests/s ≥ 0.67 × the static chunk's (the ratio is printed), p99 ≤ 100 ms, 0 errors,
 * 0 timeouts, 0 non-2xx. Run: npx tsx bench/load.ts [--build]
 */
import { seededDatabase } from "./lib/db";
import { closeConnections, get, routeExists } from "./lib/http";
import { runLoad } from "./lib/load";
import { ensureBuild, startServer } from "./lib/server";
import { check, ms, printTable, verdict } from "./lib/stats";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const PAGES = ["/companies/RIOT", "/", "/methodology", "/api/v1/series?companies=RIOT~MARA"];

ensureBuild();
const db = seededDatabase();
const server = await startServer({ databaseUrl: db.url });
console.log(`load: ${CONNECTIONS} connections × ${SECONDS} s per URL, ${server.url}\n`);

// The reference: the largest script the company page loads, a file Next serves from disk.
const html = (await get(`${server.url}/companies/RIOT`)).body.toString();
const chunk = [...html.matchAll(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1])[0];
if (!chunk) throw new Error("no static chunk found in /companies/RIOT");

const rows: string[][] = [];
const results = new Map<string, Awaited<ReturnType<typeof runLoad>>>();
for (const target of [chunk, ...PAGES]) {
  if (!(await routeExists(server.url + target))) {
    verdict("SKIP", `load ${target}`, "route answers 404 (not implemented yet); skipped");
    continue;
  }
  for (let i = 0; i < 20; i++) await get(server.url + target); // warm-up: the page is rendered and cached
  const r = await runLoad({ url: server.url + target, connections: CONNECTIONS, seconds: SECONDS });
  results.set(target, r);
  const name = target === chunk ? "static chunk" : target;
  rows.push([
    name,
    r.rps.toFixed(0),
    r.total.toLocaleString("en-US"),
    ms(r.p50),
    ms(r.p99),
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
  ]);
  verdict("INFO", `requests/s ${name}`, `${r.rps.toFixed(0)} req/s (${r.total} in ${r.seconds.toFixed(0)} s)`);
  verdict("INFO", `latency ${name}`, `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`);
  check(
    r.errors + r.timeouts + r.non2xx === 0,
    `errors + timeouts + non-2xx ${name}`,
    `${r.errors} + ${r.timeouts} + ${r.non2xx}`,
    "0",
  );
}
const page = results.get("/companies/RIOT");
const reference = results.get(chunk);
if (page && reference) {
  const ratio = page.rps / reference.rps;
  check(
    ratio >= 0.67,
    "company page req/s ÷ static chunk req/s",
    `${ratio.toFixed(2)} (${page.rps.toFixed(0)} ÷ ${reference.rps.toFixed(0)})`,
    "≥ 0.67",
  );
  check(page.p99 <= 100, "company page p99 under load", ms(page.p99), "≤ 100 ms");
}
console.log("");
printTable(["url", "req/s", "requests", "p50", "p99", "errors", "timeouts", "non-2xx"], rows);

closeConnections();
await server.stop();
