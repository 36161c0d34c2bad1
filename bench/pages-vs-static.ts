/**
 * Dynamic pages against a static file of the same bytes, served by the same production server in the same run.
 * For each route: 20 warm-up requests, then ≥ 200 sequential timed requests (REQUESTS overrides), alternating
 * page and static file so drift hits both equally; time = request sent → last body byte, one keep-alive
 * connection, no compression. The static file is the page's own HTML written to public/bench-static-<n>.html
 * (created before the server starts, since `next start` lists public/ once at startup; deleted at exit).
 * Goal: page median ≤ 1.5 × static median.  Run: npx tsx bench/pages-vs-static.ts [--build]
 */
import fs from "node:fs";
import path from "node:path";
import { onCleanup } from "./lib/cleanup";
import { seededDatabase } from "./lib/db";
import { closeConnections, get } from "./lib/http";
import { ensureBuild, ROOT, startServer } from "./lib/server";
import { check, median, ms, percentile, printTable } from "./lib/stats";

const ROUTES = ["/", "/companies/RIOT", "/compare?companies=RIOT~MARA~CLSK"];
const REQUESTS = Math.max(200, Number(process.env.REQUESTS ?? 200));
const WARMUP = 20;
const GOAL = 1.5;

// Placeholders first: the server only serves public/ files that exist when it starts.
const statics = ROUTES.map((_, i) => {
  const file = path.join(ROOT, "public", `bench-static-${i + 1}.html`);
  fs.writeFileSync(file, "placeholder");
  onCleanup(`rm ${file}`, () => fs.rmSync(file, { force: true }));
  return { file, path: `/bench-static-${i + 1}.html` };
});

ensureBuild();
const db = seededDatabase();
const server = await startServer({ databaseUrl: db.url });
console.log(`pages vs static: ${server.url}, ${REQUESTS} sequential requests per URL after ${WARMUP} warm-up\n`);

const rows: string[][] = [];
const ratios: { route: string; ratio: number }[] = [];
for (const [i, route] of ROUTES.entries()) {
  const page = await get(server.url + route);
  if (page.status !== 200) throw new Error(`${route} answered ${page.status}`);
  fs.writeFileSync(statics[i].file, page.body);
  const staticUrl = server.url + statics[i].path;
  const check200 = await get(staticUrl);
  if (check200.bytes !== page.bytes)
    throw new Error(`static copy of ${route}: ${check200.bytes} ≠ ${page.bytes} bytes`);

  for (let w = 0; w < WARMUP; w++) {
    await get(server.url + route);
    await get(staticUrl);
  }
  const pageTimes: number[] = [];
  const staticTimes: number[] = [];
  for (let n = 0; n < REQUESTS; n++) {
    const p = await get(server.url + route);
    const s = await get(staticUrl);
    if (p.status !== 200 || s.status !== 200) throw new Error(`non-200: page ${p.status}, static ${s.status}`);
    pageTimes.push(p.ms);
    staticTimes.push(s.ms);
  }
  const ratio = median(pageTimes) / median(staticTimes);
  ratios.push({ route, ratio });
  rows.push([
    route,
    page.bytes.toLocaleString("en-US"),
    ms(median(pageTimes)),
    ms(percentile(pageTimes, 95)),
    ms(median(staticTimes)),
    ms(percentile(staticTimes, 95)),
    `${ratio.toFixed(2)}×`,
  ]);
}

printTable(["route", "bytes", "median", "p95", "static median", "static p95", "ratio"], rows);
console.log("");
for (const { route, ratio } of ratios)
  check(ratio <= GOAL, `page/static median ${route}`, `${ratio.toFixed(2)}×`, `≤ ${GOAL}×`);

closeConnections();
await server.stop();
