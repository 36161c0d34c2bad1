import { expect, test } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousAxeViolations, seededTickers, showAllCharts } from "./helpers";

test("the overview lists every seeded company, each linking to its page", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  const table = page.locator("#companies-table");
  for (const ticker of seededTickers()) {
    await expect(table.getByRole("link", { name: ticker, exact: true })).toHaveAttribute(
      "href",
      `/companies/${ticker}`,
    );
  }
  await expect(table.locator("tbody tr")).toHaveCount(seededTickers().length);
  // The headline figure is drawn on the server: a line per company with holdings (and per other basis), real
  // lines with many points, and a hover title on every dot naming company, date and value.
  await expect(page.locator("#headline-title")).toBeVisible();
  const lines = page.locator("#headline .static-chart").first().locator("path.static-chart-line");
  expect(await lines.count()).toBeGreaterThanOrEqual(9);
  const ds = await lines.evaluateAll((els) => els.map((e) => (e.getAttribute("d") ?? "").split(/[MLHV]/).length));
  expect(Math.max(...ds)).toBeGreaterThan(10);
  await expect(page.locator("#headline svg title").first()).toHaveText(
    /^[A-Z]+.*, [A-Z][a-z]{2} \d+, \d{4}: [\d,.]+ BTC$/,
  );
  expect(errors).toEqual([]);
});

test("sorting by a column is a shareable link that reorders rows, gaps last", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /AI\/HPC MW/ }).click();
  await expect(page).toHaveURL(/sort=mw&dir=desc/);
  const first = page.locator("#companies-table tbody tr").first();
  await expect(first.locator("th")).toContainText("HUT");
  const last = page.locator("#companies-table tbody tr").last();
  await expect(last.locator("td").nth(3)).toHaveText("—");
  await page.goto("/?sort=nonsense");
  await expect(page.getByRole("status")).toContainText('Ignored sort="nonsense"');
});

test("overview has no serious accessibility violations, in light and dark", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expectNoSeriousAxeViolations(page);
});

test("at 375 px the page does not scroll sideways (tables scroll inside their frame)", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ["/", "/companies/RIOT", "/methodology"]) {
    await page.goto(path);
    await showAllCharts(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the company table is searchable (and works without JavaScript, as a GET form)", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Find a company" }).fill("riot");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=riot/);
  await expect(page.locator("#companies-table tbody tr")).toHaveCount(1);
  await expect(page.locator("#companies-table caption")).toContainText("matching “riot”");
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page.locator("#companies-table tbody tr")).toHaveCount(12);
});
