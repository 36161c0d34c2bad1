import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, type Page, test } from "@playwright/test";
import { PNG } from "pngjs";
import { EXPORT_PRESETS } from "@/lib/export/presets";

const RIOT_BLUE = [0x1f, 0x77, 0xd0];

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

async function openMenu(page: Page, figure = "#pivot-chart") {
  await page.locator(figure).getByRole("button", { name: "Download & share" }).click();
  return page.locator(figure).locator(".export-panel");
}

function colours(png: PNG): { distinct: number; has: (rgb: number[], tol?: number) => boolean; corner: number[] } {
  const seen = new Set<number>();
  const px: number[][] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    if (i % 16 === 0) px.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
  }
  return {
    distinct: seen.size,
    has: (rgb, tol = 6) =>
      px.some(
        (p) => Math.abs(p[0] - rgb[0]) <= tol && Math.abs(p[1] - rgb[1]) <= tol && Math.abs(p[2] - rgb[2]) <= tol,
      ),
    corner: [png.data[0], png.data[1], png.data[2]],
  };
}

test("PNG at every preset has the exact pixel size, real content and the company colour", async ({ page }) => {
  await page.goto("/companies/RIOT");
  const panel = await openMenu(page);
  for (const [id, p] of Object.entries(EXPORT_PRESETS)) {
    for (const scale of id === "social" ? [1, 2, 3] : [2]) {
      await panel.getByLabel("Size").selectOption(id);
      await panel.getByLabel("Density").selectOption(String(scale));
      const { name, bytes } = await download(page, "Download PNG");
      expect(name).toBe(
        `minerpivot-riot-btc-held-vs-ai-hpc-2023-03-2026-01-${id}${scale === 1 ? "" : `-${scale}x`}.png`,
      );
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height]).toEqual([p.width * scale, p.height * scale]);
      const c = colours(png);
      expect(c.distinct).toBeGreaterThan(20);
      expect(c.has(RIOT_BLUE)).toBe(true);
    }
  }
});

test("light and dark exports differ in background; both keep the series colour", async ({ page }) => {
  await page.goto("/companies/RIOT");
  const panel = await openMenu(page);
  await panel.getByLabel("Density").selectOption("1");
  const light = colours(PNG.sync.read((await download(page, "Download PNG")).bytes));
  await panel.getByLabel("Theme").selectOption("dark");
  const darkFile = await download(page, "Download PNG");
  expect(darkFile.name).toContain("-dark");
  const dark = colours(PNG.sync.read(darkFile.bytes));
  expect(light.corner).toEqual([255, 255, 255]);
  expect(dark.corner).toEqual([0x11, 0x13, 0x18]);
  expect(dark.has(RIOT_BLUE)).toBe(true);
});

test("SVG keeps the title, the source line and one path per series as text and vectors", async ({ page }) => {
  await page.goto("/compare?companies=RIOT~MARA~CLSK");
  const panel = await openMenu(page, "#compare-chart");
  await panel.getByLabel("Size").selectOption("wide");
  const { name, bytes } = await download(page, "Download SVG");
  expect(name).toMatch(/^minerpivot-riot-mara-clsk-btc-held-\d{4}-\d{2}-\d{4}-\d{2}-wide\.svg$/);
  const svg = bytes.toString("utf8");
  expect(svg).toContain(">BTC held, by company</text>");
  expect(svg).toMatch(/<text class="source"[^>]*>Sources: \d+ (filings?|company releases?|news reports?)/);
  expect(svg).toContain("@font-face");
  expect(svg).not.toContain("var(--");
  const curves = (svg.match(/<path[^>]*recharts-line-curve[^>]*>/g) ?? []).filter((tag) => /\sd="M/.test(tag));
  for (const colour of ["#1f77d0", "#e8590c", "#2b9a3e"]) {
    expect(curves.filter((tag) => tag.includes(`stroke="${colour}"`)).length, colour).toBeGreaterThan(0);
  }
});

test("the CSV download equals the API's CSV for the same view", async ({ page, request }) => {
  await page.goto("/compare?companies=RIOT~CIFR&lens=index&cadence=quarterly");
  const panel = await openMenu(page, "#compare-chart");
  const href = await panel.getByRole("link", { name: "Data (CSV)" }).getAttribute("href");
  expect(href).toBe("/api/v1/series?companies=RIOT~CIFR&lens=index&cadence=quarterly&format=csv");
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("link", { name: "Data (CSV)" }).click(),
  ]);
  const downloaded = fs.readFileSync(await dl.path(), "utf8");
  const api = await request.get(href!);
  expect(api.headers()["content-type"]).toContain("text/csv");
  expect(downloaded).toBe(await api.text());
  const lines = downloaded.trim().split("\r\n");
  expect(lines[0]).toMatch(/^company,metric,axis,lens,period_end,period_type,value,unit,reported_value,/);
  // One row per charted point, each with a source (or a stated derivation).
  const table = await page.locator("#compare-chart details table tbody tr").count();
  expect(lines.length - 1).toBe(table);
  for (const line of lines.slice(1)) expect(line).toMatch(/https?:\/\//);
});

test("only embed routes may be framed", async ({ request, page }) => {
  const embed = await request.get("/embed/companies/RIOT");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const p of ["/companies/RIOT", "/", "/compare", "/api/v1/companies"]) {
    const res = await request.get(p);
    expect(res.headers()["content-security-policy"], p).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"], p).toBe("DENY");
  }
  await page.goto("/embed/compare?companies=RIOT~MARA");
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2 })).toContainText("BTC held");
  await expect(page.locator(".chart-source")).toContainText("Sources:");
  await expect(page.locator(".recharts-line path.recharts-curve").first()).toBeVisible();
});

test("the batch command writes one figure per company", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-export-"));
  const run = promisify(execFile);
  const env = { ...process.env, CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" };
  const single = path.join(dir, "fig.png");
  await run(
    "npx",
    [
      "tsx",
      "scripts/export.ts",
      "--url",
      "/compare?companies=RIOT~MARA",
      "--preset",
      "square",
      "--scale",
      "1",
      "--out",
      single,
      "--base-url",
      baseURL!,
    ],
    { env },
  );
  expect([PNG.sync.read(fs.readFileSync(single)).width, PNG.sync.read(fs.readFileSync(single)).height]).toEqual([
    1080, 1080,
  ]);
  const out = path.join(dir, "all");
  const { stdout } = await run(
    "npx",
    ["tsx", "scripts/export.ts", "--all-companies", "--scale", "1", "--out", out, "--base-url", baseURL!],
    { env },
  );
  const files = fs.readdirSync(out).sort();
  expect(files).toHaveLength(12);
  // The first figure of a company page is the quarterly pivot.
  expect(
    files.filter((f) =>
      /^minerpivot-[a-z]+-treasury-and-ai-hpc-by-quarter-\d{4}-\d{2}-\d{4}-\d{2}-social\.png$/.test(f),
    ),
  ).toHaveLength(12);
  expect(stdout).toMatch(/12 figures in [\d.]+ s — [\d.]+ s per figure/);
  fs.rmSync(dir, { recursive: true, force: true });
});
