/**
 * Benchmark: extract every ix:nonFraction fact from the committed filings and report wall time and
 * peak RSS. Run with `npx tsx bench/ixbrl-facts.ts [file.htm ...]`. Target: the 3.7 MB CleanSpark
 * 10-Q in under ~1.5 s wall and under 300 MB RSS.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractFactsFromFile } from "../lib/ingest/ixbrl";

const defaults = ["clsk-10q-2025-06-30.htm", "btbt-10q-2025-09-30.htm"].map((f) =>
  path.resolve(import.meta.dirname, "../tests/fixtures/filings", f),
);
const files = process.argv.length > 2 ? process.argv.slice(2) : defaults;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(`baseline RSS ${mb(process.memoryUsage().rss)}`);
for (const file of files) {
  const times: number[] = [];
  let facts = 0;
  let errors = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const result = await extractFactsFromFile(file);
    times.push(performance.now() - start);
    facts = result.facts.length;
    errors = result.errors.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${path.basename(file)}: ${facts} facts, ${errors} errors; ` +
      `first run ${times[0].toFixed(0)} ms, median ${sorted[2].toFixed(0)} ms (5 runs)`,
  );
}
// maxRSS is the process-wide high-water mark in KiB (getrusage ru_maxrss), including Node and tsx.
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
