import fs from "node:fs";
import { parseArgs } from "node:util";
import { type BatchJob, runBatchExport } from "../lib/export/batch-export";
import { batchOptionsSchema } from "../lib/export/batch-options";

const HELP = `Usage: npm run export -- --url "<path?query>" [--chart ID] --out fig.png [options]
       npm run export -- --all-companies --out dir/ [options]

Exports composed figures (title, chart, legend, sources, permalink) from a running production build
(npm run up) with the system Chromium.

  --preset social|wide|square|portrait|screen   size (default social: 1200×675)
  --scale 1|2|3                                pixel density (default 2)
  --theme light|dark                           (default light)
  --format png|svg                             (default: from --out, else png)
  --chart ID                                   chart on the page (pivot-quarters, pivot-chart, trajectory, compare-chart, headline)
  --base-url URL                               running app (default $MINERPIVOT_URL or http://localhost:3000)
  --chromium PATH                              browser (default $CHROMIUM_PATH or /usr/bin/chromium)`;

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    "all-companies": { type: "boolean" },
    chart: { type: "string" },
    preset: { type: "string" },
    scale: { type: "string" },
    theme: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    "base-url": { type: "string" },
    chromium: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

async function main(): Promise<number> {
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const parsed = batchOptionsSchema.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`--${i.path.join(".") || "options"}: ${i.message}`);
    console.error(`\n${HELP}`);
    return 2;
  }
  const o = parsed.data;
  let jobs: BatchJob[];
  if (o["all-companies"]) {
    fs.mkdirSync(o.out, { recursive: true });
    const res = await fetch(new URL("/api/v1/companies", o["base-url"]));
    if (!res.ok) throw new Error(`Could not list companies from ${o["base-url"]} (${res.status}). Is the app running?`);
    const { companies } = (await res.json()) as { companies: { ticker: string }[] };
    jobs = companies.map((c) => ({
      path: `/companies/${c.ticker}`,
      chart: o.chart ?? "pivot-quarters",
      out: o.out,
      label: c.ticker,
    }));
  } else {
    jobs = [{ path: o.url!, chart: o.chart, out: o.out, label: o.url! }];
  }
  const started = performance.now();
  const progress = (line: string) => process.stderr.write(`\r${line.padEnd(70)}`);
  const results = await runBatchExport(o, jobs, progress);
  process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  for (const r of results) console.log(`${r.file}  (${Math.round(r.ms)} ms in the page)`);
  console.log(
    `${results.length} figure${results.length === 1 ? "" : "s"} in ${seconds.toFixed(1)} s — ${(seconds / Math.max(1, results.length)).toFixed(2)} s per figure (${o.preset}, ${o.scale}×, ${o.theme})`,
  );
  return 0;
}

// exitCode instead of exit(): output piped to another program must be flushed before the process ends.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`\nExport failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
