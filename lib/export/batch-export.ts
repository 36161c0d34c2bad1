import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { type BatchOptions, formatProgress, resolveFormat } from "./batch-options";

export interface BatchJob {
  path: string;
  chart?: string;
  /** Output file; a directory job names the file after the chart (deterministic name). */
  out: string;
  label: string;
}

export interface BatchResult {
  file: string;
  ms: number;
}

/**
 * Drives a headless system Chromium against a running production build: opens each view, asks the page's own
 * export code (window.__minerpivot) for the figure, and writes it. Pages render the same as for a reader.
 */
export async function runBatchExport(
  o: BatchOptions,
  jobs: BatchJob[],
  log: (line: string) => void,
): Promise<BatchResult[]> {
  const browser = await chromium.launch({
    executablePath: o.chromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const results: BatchResult[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: o.theme });
    for (const [i, job] of jobs.entries()) {
      log(formatProgress(i, jobs.length, job.label));
      const res = await page.goto(new URL(job.path, o["base-url"]).toString(), { waitUntil: "networkidle" });
      if (!res || res.status() >= 400) throw new Error(`${job.path}: the page answered ${res?.status() ?? "nothing"}`);
      const charts = await page
        .waitForFunction(() => (window.__minerpivot?.charts?.length ? window.__minerpivot.charts : null), null, {
          timeout: 15_000,
        })
        .then((h) => h.jsonValue() as Promise<string[]>);
      const chart = job.chart ?? charts[0];
      if (!charts.includes(chart)) throw new Error(`${job.path}: no chart "${chart}" (have ${charts.join(", ")})`);
      const format = resolveFormat(o);
      const r = await page.evaluate(([id, c]) => window.__minerpivot!.export(id, c), [
        chart,
        { format, preset: o.preset, scale: o.scale, theme: o.theme },
      ] as const);
      const file =
        fs.existsSync(job.out) && fs.statSync(job.out).isDirectory() ? path.join(job.out, r.filename) : job.out;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from(r.base64, "base64"));
      results.push({ file, ms: r.ms });
    }
    log(formatProgress(jobs.length, jobs.length, "done"));
    return results;
  } finally {
    await browser.close();
  }
}
