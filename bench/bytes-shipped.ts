/**
 * First-load JavaScript per route: fetches each route's HTML from a production server, collects its
 * `<script src="/_next/static/...">` tags (module scripts; `nomodule` polyfills are listed but not counted, modern
 * browsers skip them) and sums the gzip size (node:zlib gzipSync, level 9) of those files from .next/static.
 * Also prints, as INFO, the gzip size of the inline scripts (the RSC payload React needs to hydrate).
 * kB = 1,000 bytes. Budgets: ≤ 180 kB for chart pages, ≤ 110 kB for pages without charts.
 * Run: npx tsx bench/bytes-shipped.ts [--build] [--verbose]   (--verbose lists every script with its size)
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { seededDatabase } from "./lib/db";
import { closeConnections, get } from "./lib/http";
import { ensureBuild, ROOT, startServer } from "./lib/server";
import { check, kb, printTable, verdict } from "./lib/stats";

const ROUTES = [
  { route: "/", label: "/", budget: 180_000 },
  { route: "/companies/RIOT", label: "/companies/[ticker]", budget: 180_000 },
  { route: "/compare?companies=RIOT~MARA~CLSK", label: "/compare", budget: 180_000 },
  { route: "/methodology", label: "/methodology", budget: 110_000 },
  { route: "/bench-no-such-page", label: "404", budget: 110_000 },
];

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const sizeCache = new Map<string, { raw: number; gzip: number }>();

/** Size of one /_next/static/... script, read from .next/static (fetched from the server if not on disk). */
async function scriptSize(src: string, base: string) {
  const cached = sizeCache.get(src);
  if (cached) return cached;
  const rel = decodeURIComponent(src.split("?")[0]).replace(/^\/_next\/static\//, "");
  const file = path.join(ROOT, ".next", "static", rel);
  const body = fs.existsSync(file) ? fs.readFileSync(file) : (await get(base + src)).body;
  const size = { raw: body.length, gzip: gz(body) };
  sizeCache.set(src, size);
  return size;
}

ensureBuild();
const db = seededDatabase();
const server = await startServer({ databaseUrl: db.url });
console.log(`first-load JS per route (gzip -9 of the <script src> files; ${server.url})\n`);

const rows: string[][] = [];
const results: { label: string; gzip: number; budget: number }[] = [];
const inline: { label: string; gzip: number }[] = [];
const htmlSizes: { label: string; raw: number; gzip: number }[] = [];
for (const r of ROUTES) {
  const page = await get(server.url + r.route);
  const html = page.body.toString("utf8");
  htmlSizes.push({ label: r.route, raw: page.body.length, gzip: gz(page.body) });
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const srcs = new Set<string>();
  let nomodule = 0;
  let inlineJs = "";
  for (const [, attrs, content] of tags) {
    const src = /\bsrc="([^"]+)"/i.exec(attrs)?.[1];
    if (!src) inlineJs += content;
    else if (!src.startsWith("/_next/static/")) continue;
    else if (/\bnomodule\b/i.test(attrs)) nomodule++;
    else srcs.add(src);
  }
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const size = await scriptSize(src, server.url);
    raw += size.raw;
    gzip += size.gzip;
    if (process.argv.includes("--verbose"))
      console.log(`  ${r.label}  ${src}  ${kb(size.raw)} → ${kb(size.gzip)} gzip`);
  }
  results.push({ label: r.label, gzip, budget: r.budget });
  inline.push({ label: r.label, gzip: gz(inlineJs) });
  rows.push([
    r.label,
    String(page.status),
    String(srcs.size) + (nomodule ? ` (+${nomodule} nomodule)` : ""),
    kb(raw),
    kb(gzip),
    kb(r.budget),
    kb(gz(inlineJs)),
  ]);
}

printTable(["route", "status", "scripts", "raw", "gzip", "budget", "inline (gzip)"], rows);
console.log("");
for (const r of results) check(r.gzip <= r.budget, `first-load JS ${r.label}`, kb(r.gzip), `≤ ${kb(r.budget)} gzip`);
for (const r of inline) verdict("INFO", `inline scripts (RSC payload) ${r.label}`, `${kb(r.gzip)} gzip`);

// The HTML document itself (markup plus the inline RSC payload), gzip -9: /companies/RIOT is the longest page.
// Citation details are not in it: source cards load them on demand (GET /api/v1/citations).
for (const h of htmlSizes) {
  const goal = h.label === "/companies/RIOT" ? 15_000 : null;
  if (goal) check(h.gzip <= goal, `HTML ${h.label}`, `${kb(h.gzip)} gzip (${kb(h.raw)} raw)`, `≤ ${kb(goal)} gzip`);
  else verdict("INFO", `HTML ${h.label}`, `${kb(h.gzip)} gzip (${kb(h.raw)} raw)`);
}
const citations = await get(`${server.url}/api/v1/citations?page=${encodeURIComponent("/companies/RIOT")}`);
verdict(
  "INFO",
  "citations of /companies/RIOT, on demand",
  `${kb(gz(citations.body))} gzip (${kb(citations.bytes)} raw)`,
);

closeConnections();
await server.stop();
