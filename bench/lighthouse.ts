/**
 * Lighthouse 12 (node API, default mobile config: emulated Moto G Power, simulated slow 4G + 4× CPU slowdown)
 * against a production server, using the system Chromium headless. RUNS (default 3) runs per URL; each figure is
 * the median of its runs. Goals: performance ≥ 95, LCP ≤ 2.0 s, TBT ≤ 150 ms, CLS ≤ 0.02.
 * Run: npx tsx bench/lighthouse.ts [--build]   (CHROME_PATH overrides /usr/bin/chromium)
 */
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { onCleanup } from "./lib/cleanup";
import { seededDatabase, tempDir } from "./lib/db";
import { ensureBuild, startServer } from "./lib/server";
import { check, median, printTable } from "./lib/stats";

const ROUTES = process.env.LH_ROUTES?.split(",") ?? ["/", "/companies/RIOT", "/compare"];
const RUNS = Number(process.env.RUNS ?? 3);
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

ensureBuild();
const db = seededDatabase();
const server = await startServer({ databaseUrl: db.url });
const profile = path.join(tempDir("minerpivot-lh-"), "profile");
fs.mkdirSync(profile);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: CHROME_FLAGS,
  userDataDir: profile,
  handleSIGINT: false, // ./lib/cleanup handles Ctrl-C
  logLevel: "silent",
});
const releaseChrome = onCleanup("chromium", () => {
  try {
    process.kill(chrome.pid, "SIGKILL");
  } catch {
    // already gone
  }
});
console.log(`lighthouse (mobile, ${RUNS} runs per URL, median): ${server.url}\n`);

interface Run {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}
const results: { route: string; runs: Run[] }[] = [];
for (const route of ROUTES) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(server.url + route, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${route}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const run = {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
    };
    console.log(
      `  ${route} run ${i + 1}: score ${run.score}, LCP ${(run.lcp / 1000).toFixed(2)} s, TBT ${run.tbt.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}`,
    );
    runs.push(run);
    // Where the main thread went, for the first run of each route: what to cut next.
    if (i === 0 && process.argv.includes("--verbose")) {
      type Item = { group?: string; groupLabel?: string; url?: string; duration?: number; total?: number };
      const items = (id: string) =>
        ((lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
      for (const w of items("mainthread-work-breakdown").slice(0, 5))
        console.log(`      main thread: ${w.groupLabel ?? w.group} ${(w.duration ?? 0).toFixed(0)} ms`);
      const lcpEl = lhr.audits["largest-contentful-paint-element"]?.details as
        | { items?: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[] }
        | undefined;
      for (const it of lcpEl?.items ?? [])
        for (const x of it.items ?? [])
          console.log(`      LCP ${x.node?.snippet?.slice(0, 100) ?? `${x.phase}: ${(x.timing ?? 0).toFixed(0)} ms`}`);
      for (const b of items("bootup-time").slice(0, 5))
        console.log(`      script: ${(b.url ?? "").replace(server.url, "")} ${(b.total ?? 0).toFixed(0)} ms`);
    }
  }
  results.push({ route, runs });
}

const med = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k]));
console.log("");
printTable(
  ["route", "score", "LCP", "TBT", "CLS"],
  results.map(({ route, runs }) => [
    route,
    String(med(runs, "score")),
    `${(med(runs, "lcp") / 1000).toFixed(2)} s`,
    `${med(runs, "tbt").toFixed(0)} ms`,
    med(runs, "cls").toFixed(3),
  ]),
);
console.log("");
for (const { route, runs } of results) {
  check(med(runs, "score") >= 95, `lighthouse performance ${route}`, String(med(runs, "score")), "≥ 95");
  check(med(runs, "lcp") <= 2000, `LCP ${route}`, `${(med(runs, "lcp") / 1000).toFixed(2)} s`, "≤ 2.0 s");
  check(med(runs, "tbt") <= 150, `TBT ${route}`, `${med(runs, "tbt").toFixed(0)} ms`, "≤ 150 ms");
  check(med(runs, "cls") <= 0.02, `CLS ${route}`, med(runs, "cls").toFixed(3), "≤ 0.02");
}

await chrome.kill();
releaseChrome();
await server.stop();
