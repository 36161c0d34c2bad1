import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export function seededTickers(): string[] {
  return fs
    .readFileSync("prisma/data/companies.csv", "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(",")[0]);
}

/** Fails the test on any console error or uncaught exception on the page. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

/**
 * Brings every chart island on the page into view once and waits until each has drawn its chart, the way a
 * reader scrolling through would see them. (Not "networkidle": the router may leave a cached prefetch's body
 * unread, which Playwright then counts as a request in flight although the page is done.)
 */
export async function showAllCharts(page: Page) {
  await page.waitForLoadState("load");
  const islands = page.locator("[data-chart-island]");
  for (let i = 0; i < (await islands.count()); i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i).locator(".recharts-wrapper").first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
