/**
 * Memory under sustained load: after a 10 s warm-up, SOAK_SECONDS (default 300) of autocannon load (50 connections,
 * SOAK_CONNECTIONS overrides) cycling through /, every company page, a compare view and /methodology, while the
 * next-server process's resident memory (VmRSS in /proc/<pid>/status) is sampled every 5 s (printed every 30 s).
 * Goal: RSS growth from the start of the soak to its end < 20%. Run: npx tsx bench/soak.ts [--build]
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { seededDatabase } from "./lib/db";
import { runLoad } from "./lib/load";
import { ensureBuild, rssBytes, startServer } from "./lib/server";
import { check, mb, verdict } from "./lib/stats";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 10;
const SAMPLE_MS = 5000;

ensureBuild();
const db = seededDatabase();
const reader = new Database(db.file, { readonly: true });
const tickers = (reader.prepare("SELECT ticker FROM Company ORDER BY ticker").all() as { ticker: string }[]).map(
  (r) => r.ticker,
);
reader.close();
const paths = [
  "/",
  ...tickers.map((t) => `/companies/${t}`),
  `/compare?companies=${tickers.slice(0, 4).join("~")}`,
  "/methodology",
];

const server = await startServer({ databaseUrl: db.url });
const pid = server.serverPid();
console.log(
  `soak: ${SECONDS} s, ${CONNECTIONS} connections over ${paths.length} paths; ` +
    `sampling pid ${pid} (${fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0]})`,
);
console.log(`RSS after start: ${mb(rssBytes(pid) ?? 0)}; warming up ${WARMUP_SECONDS} s ...`);
await runLoad({ url: server.url, connections: CONNECTIONS, seconds: WARMUP_SECONDS, paths });

const samples: number[] = [];
let t0 = 0;
const sample = (final = false) => {
  const rss = rssBytes(pid);
  if (rss === null) throw new Error(`next-server (pid ${pid}) is gone:\n${server.output()}`);
  samples.push(rss);
  if (samples.length === 1) t0 = performance.now();
  const t = Math.round((performance.now() - t0) / 1000);
  if ((samples.length - 1) % 6 === 0 || final) console.log(`  t=${String(t).padStart(4)} s  RSS ${mb(rss)}`); // every 30 s
};
sample();
const timer = setInterval(() => sample(), SAMPLE_MS);
const r = await runLoad({ url: server.url, connections: CONNECTIONS, seconds: SECONDS, paths });
clearInterval(timer);
sample(true);

const start = samples[0];
const end = samples.at(-1)!;
const max = Math.max(...samples);
const growth = ((end - start) / start) * 100;
console.log("");
verdict("INFO", "soak load", `${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.total} requests`);
check(r.errors + r.non2xx === 0, "soak errors + non-2xx", `${r.errors} + ${r.non2xx}`, "0");
verdict("INFO", "soak RSS start / max / end", `${mb(start)} / ${mb(max)} / ${mb(end)}`);
check(growth < 20, `soak RSS growth over ${SECONDS} s`, `${growth >= 0 ? "+" : ""}${growth.toFixed(1)}%`, "< 20%");

await server.stop();
