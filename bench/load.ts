/**
 * Throughput under load: autocannon, 100 connections for 20 s (LOAD_SECONDS / LOAD_CONNECTIONS override) against
 * /companies/RIOT and, when the route exists, /api/v1/series?companies=RIOT~MARA, on a production server with the
 * seeded dataset. autocannon runs in this process, on the same 2-core machine as the server.
 * Goal: 0 errors and 0 non-2xx answers. Run: npx tsx bench/load.ts [--build]
 */
import { seededDatabase } from "./lib/db";
import { closeConnections, get, routeExists } from "./lib/http";
import { runLoad } from "./lib/load";
import { ensureBuild, startServer } from "./lib/server";
import { check, ms, printTable, verdict } from "./lib/stats";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const TARGETS = ["/companies/RIOT", "/api/v1/series?companies=RIOT~MARA"];

ensureBuild();
const db = seededDatabase();
const server = await startServer({ databaseUrl: db.url });
console.log(`load: ${CONNECTIONS} connections × ${SECONDS} s per URL, ${server.url}\n`);

const rows: string[][] = [];
for (const target of TARGETS) {
  if (!(await routeExists(server.url + target))) {
    verdict("SKIP", `load ${target}`, "route answers 404 (not implemented yet); skipped");
    continue;
  }
  for (let i = 0; i < 20; i++) await get(server.url + target); // warm-up
  const r = await runLoad({ url: server.url + target, connections: CONNECTIONS, seconds: SECONDS });
  rows.push([
    target,
    r.rps.toFixed(0),
    r.total.toLocaleString("en-US"),
    ms(r.p50),
    ms(r.p99),
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
  ]);
  verdict("INFO", `requests/s ${target}`, `${r.rps.toFixed(0)} req/s (${r.total} in ${r.seconds.toFixed(0)} s)`);
  verdict("INFO", `latency ${target}`, `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`);
  check(r.errors + r.non2xx === 0, `errors + non-2xx ${target}`, `${r.errors} + ${r.non2xx}`, "0");
}
if (rows.length) {
  console.log("");
  printTable(["url", "req/s", "requests", "p50", "p99", "errors", "timeouts", "non-2xx"], rows);
}

closeConnections();
await server.stop();
