/**
 * Ingest throughput: generates a clearly synthetic 200,000-row observations CSV (ROWS overrides), imports it
 * into a fresh migrated and seeded database through the same code path as `npm run ingest`, and prints rows/s.
 * Then imports it again to time the idempotent no-op path.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { METRICS } from "../lib/domain/metrics";
import { formatCsv } from "../lib/export/csv";
import { importInputs } from "../lib/ingest/import-inputs";
import { CSV_HEADERS } from "../lib/ingest/inputs/csv-input";
import { seedDatabase } from "../lib/ingest/seed";
import { openWriteDatabase } from "../lib/ingest/sqlite";

const ROWS = Number(process.env.ROWS ?? 200_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-bench-"));
const dbFile = path.join(dir, "bench.db");
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
  env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
  stdio: "ignore",
});
if (!seedDatabase("prisma/data", dbFile).ok) throw new Error("seed failed");

const tickers = ["RIOT", "MARA", "CLSK", "CIFR", "HUT", "BITF", "CORZ", "IREN", "WULF"];
const rows = Array.from({ length: ROWS }, (_, i) => {
  const metric = METRICS[i % METRICS.length];
  const month = Math.floor(i / METRICS.length / tickers.length);
  const d = new Date(Date.UTC(1990, month + 1, 0));
  return {
    ticker: tickers[Math.floor(i / METRICS.length) % tickers.length],
    period_end: d.toISOString().slice(0, 10),
    period_type: "month",
    metric: metric.id,
    value: (i % 9973) + 1,
    unit: metric.unit,
    source_url: `https://synthetic.example/bench/${Math.floor(i / 50)}`,
    source_kind: "news",
    source_date: "",
    quote: `SYNTHETIC benchmark row ${i}, not real data`,
  };
});
const file = path.join(dir, "observations-bench.csv");
fs.writeFileSync(file, formatCsv(CSV_HEADERS["observations-csv"], rows));
const mb = (fs.statSync(file).size / 1e6).toFixed(1);

const db = openWriteDatabase(dbFile);
const time = async () => {
  const t0 = performance.now();
  const [report] = await importInputs(db, [file]);
  return { seconds: (performance.now() - t0) / 1000, report };
};
const first = await time();
const second = await time();
db.close();
const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);

console.log(`ingest benchmark: ${ROWS.toLocaleString("en-US")} rows, ${mb} MB CSV`);
console.log(
  `  first import : ${first.seconds.toFixed(2)} s → ${Math.round(ROWS / first.seconds).toLocaleString("en-US")} rows/s (target ≥ 20,000) [${first.report.status}, inserted ${first.report.counts.inserted}]`,
);
console.log(
  `  re-import    : ${second.seconds.toFixed(2)} s → ${Math.round(ROWS / second.seconds).toLocaleString("en-US")} rows/s [${second.report.status}, unchanged ${second.report.counts.unchanged}]`,
);
console.log(`  peak RSS     : ${rss} MB`);
fs.rmSync(dir, { recursive: true, force: true });
