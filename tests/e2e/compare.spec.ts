import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousAxeViolations, showAllCharts } from "./helpers";

const legend = (page: Page) => page.locator("#compare-chart ul.chart-legend li");
const curves = (page: Page) => page.locator("#compare-chart .recharts-line path.recharts-curve");

test("build a comparison in the UI; the copied link reproduces it in a fresh page", async ({ page, context }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/compare");
  // A company whose holdings are stated on two bases has two lines, never joined.
  await expect(legend(page)).toHaveText([
    "MARA BTC held",
    "MARA (as reported) BTC held",
    "RIOT BTC held",
    "RIOT (as reported) BTC held",
    "CLSK BTC held",
    "CLSK (including pledged or loaned) BTC held",
    "HUT BTC held",
  ]);

  await page.getByRole("button", { name: "Remove HUT" }).click();
  await expect(page).toHaveURL(/companies=MARA~RIOT~CLSK(&|$)/);

  const box = page.getByRole("combobox", { name: "Companies" });
  await box.fill("ciph");
  await expect(page.getByRole("option", { name: /CIFR/ })).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/companies=MARA~RIOT~CLSK~CIFR/);

  await page.getByText("% of own peak").click();
  await expect(page).toHaveURL(/lens=peak/);
  await page.getByText("Since 2023").click();
  await expect(page).toHaveURL(/time=2023/);
  await page.getByText("Quarterly").click();
  await expect(page).toHaveURL(/cadence=quarterly/);

  const url = page.url();
  const seriesBefore = await legend(page).allTextContents();
  const pathsBefore = await curves(page).count();
  const tableBefore = await page.locator("#compare-chart details table tbody tr").count();
  expect(seriesBefore.filter((s) => !s.includes("("))).toEqual([
    "MARA BTC held",
    "RIOT BTC held",
    "CLSK BTC held",
    "CIFR BTC held",
  ]);

  // Back steps through the views the reader built.
  await page.goBack();
  await expect(page).not.toHaveURL(/cadence=quarterly/);
  await expect(page.getByLabel("Monthly", { exact: true })).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/cadence=quarterly/);

  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(legend(fresh)).toHaveText(seriesBefore);
  await expect(curves(fresh)).toHaveCount(pathsBefore);
  await expect(fresh.locator("#compare-chart details table tbody tr")).toHaveCount(tableBefore);
  await expect(fresh.getByLabel("% of own peak", { exact: true })).toBeChecked();
  await expect(fresh.getByLabel("Since 2023", { exact: true })).toBeChecked();
  await expect(fresh.getByLabel("Quarterly", { exact: true })).toBeChecked();
  await expect(fresh.locator("#compare-chart .subtitle")).toContainText("as % of each company's own peak");
  expect(errors).toEqual([]);
});

test("log scale with a zero-containing series falls back with a clear message, and still draws", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/compare?companies=RIOT~MARA&metric=btc_sold&scale=log");
  await expect(page.getByRole("status").filter({ hasText: "Log scale needs values above zero" })).toBeVisible();
  await expect(curves(page).first()).toBeVisible();
  expect(errors).toEqual([]);
  await page.goto("/compare?companies=RIOT~MARA&scale=log");
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(page.getByLabel("Log", { exact: true })).toBeChecked();
  await expect(curves(page).first()).toBeVisible();
});

test("bad parameters fall back to defaults with a visible notice", async ({ page }) => {
  const res = await page.goto("/compare?lens=zoom&time=2024-13-01..latest&companies=RIOT~NOPE");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: 'Ignored lens="zoom"' })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: 'Ignored time="2024-13-01..latest"' })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Not tracked, left out: NOPE" })).toBeVisible();
  await expect(legend(page)).toHaveText(["RIOT BTC held", "RIOT (as reported) BTC held"]);
});

test("USD view cites the BTC prices it used; trajectory view draws a connected scatter", async ({ page }) => {
  await page.goto("/compare?companies=RIOT~CIFR&usd=1");
  await expect(page.locator("#compare-chart .chart-source")).toContainText("BTC prices:");
  await expect(legend(page)).toContainText(["RIOT BTC held", "CIFR BTC held", "RIOT contracts", "CIFR contracts"]);
  await page.getByText("Pivot trajectory").click();
  await expect(page).toHaveURL(/view=trajectory/);
  await expect(page.locator("#compare-chart .recharts-scatter").first()).toBeVisible();
});

test("event markers toggle and link to their sources", async ({ page }) => {
  await page.goto("/compare?companies=RIOT");
  const events = page.getByRole("list", { name: "Events marked on the chart" });
  await expect(events.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
  await page.getByLabel("Event markers").click();
  await expect(page).toHaveURL(/events=0/);
  await expect(page.getByRole("list", { name: "Events marked on the chart" })).toHaveCount(0);
});

test("compare has no serious accessibility violations; works at phone width", async ({ page }) => {
  await page.goto("/compare?companies=RIOT~MARA&vs=hashrate_ehs");
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await showAllCharts(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
