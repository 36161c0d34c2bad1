import { expect, test } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousAxeViolations } from "./helpers";

test("RIOT's pivot chart renders SVG paths for BTC held", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/companies/RIOT");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Riot Platforms");
  // The chart is an island that loads as the reader scrolls to it.
  await page.locator("#pivot").scrollIntoViewIfNeeded();
  const chart = page.locator("#pivot .recharts-wrapper");
  await expect(chart).toBeVisible();
  const paths = chart.locator(".recharts-line path.recharts-curve");
  await expect(paths.first()).toBeVisible();
  // Riot's count includes restricted bitcoin from April 2025: two held lines (two bases), never joined.
  const ds = await paths.evaluateAll((els) => els.map((e) => e.getAttribute("d") ?? ""));
  const commands = ds.map((d) => d.split(/[ML]/).length - 1).sort((a, b) => b - a);
  // Real lines: many drawing commands, not empty paths.
  expect(commands[0]).toBeGreaterThan(10);
  expect(commands[1]).toBeGreaterThan(4);
  expect(errors).toEqual([]);
});

test("hovering a value shows its source; keyboard focus does too; click pins it", async ({ page }) => {
  await page.goto("/companies/RIOT");
  const cell = page.locator("#figures ~ .table-wrap .cite button").first();
  await cell.hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip.getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
  await expect(tip.locator("blockquote")).not.toBeEmpty();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await cell.focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toBeHidden();

  await cell.click();
  await page.mouse.move(0, 0);
  await expect(page.getByRole("tooltip")).toBeVisible();
  await expect(cell).toHaveAttribute("aria-expanded", "true");
});

test("a disagreement between sources is shown with the alternate value", async ({ page }) => {
  await page.goto("/companies/MARA?cadence=quarterly");
  const table = page.getByRole("table").filter({ hasText: "Series" }).first();
  await page.locator("#pivot").getByText("Show the data as a table").click();
  await expect(table).toContainText("18,536 BTC");
  // The chart's 2024-06-30 balance: the monthly update (18,536) and a 10-Q summary (18,488) disagree.
  await expect(table.getByRole("row", { name: /2024-06-30/ })).toContainText("18,536 BTC");
  await page.goto("/companies/MARA?periods=all");
  const cell = page
    .locator("#figures ~ .table-wrap tr", { hasText: "Quarter to Jun 2024" })
    .locator(".cite button")
    .first();
  await cell.hover();
  await expect(page.getByRole("tooltip")).toContainText("18,488 BTC");
});

test("switching cadence and AI/HPC series keeps state in the URL", async ({ page }) => {
  await page.goto("/companies/IREN");
  await page.getByRole("link", { name: "Quarter ends" }).click();
  await expect(page).toHaveURL(/cadence=quarterly/);
  await page.getByRole("link", { name: "HPC revenue" }).click();
  await expect(page).toHaveURL(/commitment=hpc_revenue_usd/);
  await expect(page.getByRole("heading", { name: /BTC held vs AI\/HPC/ })).toBeVisible();
  await expect(page.locator("#pivot .subtitle")).toContainText("AI/HPC revenue (right axis");
  await expect(page.locator("#pivot .subtitle")).toContainText("no BTC holdings series");
});

test("an unknown ticker answers 404; a malformed one 400", async ({ page }) => {
  const res = await page.goto("/companies/NOPE");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Company not found");
  const weird = await page.goto("/companies/%E0%A4%A");
  expect(weird?.status()).toBe(400);
});

test("company page and methodology have no serious accessibility violations", async ({ page }) => {
  await page.goto("/companies/RIOT");
  await expectNoSeriousAxeViolations(page);
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { name: "Which value is displayed" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("dark mode toggle switches theme and is keyboard reachable", async ({ page }) => {
  await page.goto("/companies/CIFR");
  const toggle = page.getByRole("button", { name: /Switch to dark theme/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectNoSeriousAxeViolations(page);
});
