import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors, expectNoSeriousAxeViolations, seededTickers } from "./helpers";

/** Both panels of the quarterly pivot figure, once the chart has drawn. */
async function panels(page: Page) {
  const fig = page.locator("#pivot-quarters");
  await fig.scrollIntoViewIfNeeded();
  const surfaces = fig.locator("svg.recharts-surface");
  await expect(surfaces).toHaveCount(2);
  return { treasury: surfaces.nth(0), dollars: surfaces.nth(1) };
}

test.describe("both sides of the pivot, per quarter", () => {
  for (const [ticker, treasury, dollars] of [
    ["MARA", ".recharts-line-curve", ".recharts-line-dots circle"],
    ["RIOT", ".recharts-line-curve", ".recharts-bar-rectangle"],
    ["IREN", ".recharts-bar-rectangle", ".recharts-bar-rectangle"],
  ] as const) {
    test(`${ticker} draws the treasury side and the AI/HPC side`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(`/companies/${ticker}`);
      const p = await panels(page);
      await expect(p.treasury.locator(treasury).first()).toBeVisible();
      await expect(p.dollars.locator(dollars).first()).toBeAttached();
      await expect(page.locator("#pivot-quarters .chart-source")).toContainText("Sold to fund AI?");
      await expect(page.locator("#pivot-quarters .chart-source")).toContainText(
        "The sources do not say which dollars paid for what.",
      );
      expect(errors).toEqual([]);
    });
  }

  test("IREN reports no holdings (nor sales): the subtitle says what is drawn and what is not", async ({ page }) => {
    await page.goto("/companies/IREN");
    const subtitle = page.locator("#pivot-quarters .subtitle");
    await expect(subtitle).toContainText("reports no holdings: BTC mined");
    await expect(subtitle).toContainText("(no sales figures reported)");
  });
});

test("an exported SVG of every company names each marked event's counterparty and refers to nothing outside it", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  for (const ticker of seededTickers()) {
    const api = await (await request.get(`/api/v1/companies/${ticker}`)).json();
    const counterparties = (api.events as { kind: string; counterparty: string | null }[])
      .filter((e) => e.kind === "contract")
      .map((e) => e.counterparty ?? "Undisclosed tenant");
    await page.goto(`/companies/${ticker}`);
    await page.locator("#pivot-quarters").getByRole("button", { name: "Download & share" }).click();
    const panel = page.locator("#pivot-quarters .export-panel");
    await panel.getByLabel("Size").selectOption("wide");
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    const svg = fs.readFileSync(await dl.path(), "utf8");
    expect(dl.suggestedFilename(), ticker).toMatch(
      new RegExp(`^minerpivot-${ticker.toLowerCase()}-treasury-and-ai-hpc-by-quarter-`),
    );
    for (const c of counterparties) expect(svg, `${ticker}: ${c}`).toContain(c.replaceAll("&", "&amp;"));
    expect(svg, ticker).not.toMatch(/listed below|see below|events below/i);
    expect(svg, ticker).toContain("Sold to fund AI?");
    expect(svg, ticker).toContain("Sources:");
    expect(svg, ticker).toMatch(/\d+ (filings?|company releases?|news reports?)/);
  }
});

test("the Download & share panel closes on Escape (focus back on its button) and on an outside click", async ({
  page,
}) => {
  await page.goto("/companies/RIOT");
  const toggle = page.locator("#pivot-quarters").getByRole("button", { name: "Download & share" });
  await toggle.click();
  const panel = page.locator("#pivot-quarters .export-panel");
  await expect(panel).toBeVisible();
  await panel.getByLabel("Size").focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await expect(panel).toBeVisible();
  await page.locator("h1").click();
  await expect(panel).toBeHidden();
});

test("a click inside an embed stays in the iframe; the full view opens in a new tab and says so", async ({
  page,
  baseURL,
}) => {
  await page.goto("/methodology");
  await page.setContent(
    `<h1>An article</h1><iframe id="fig" src="${baseURL}/embed/companies/RIOT?view=dates" width="900" height="700"></iframe>`,
  );
  const frame = page.frameLocator("#fig");
  await expect(frame.getByRole("link", { name: "Quarter ends" })).toBeVisible();
  await frame.getByRole("link", { name: "Quarter ends" }).click();
  const inner = page.frames().find((f) => f.url().includes("/embed/"));
  await expect.poll(() => inner?.url()).toContain("/embed/companies/RIOT?cadence=quarterly");
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveText("An article");
  const full = frame.getByRole("link", { name: /on MinerPivot \(opens in a new tab\)/ });
  await expect(full).toHaveAttribute("target", "_blank");
});

test("company pages with the quarterly figure have no serious accessibility violations, light and dark", async ({
  page,
}) => {
  await page.goto("/companies/CLSK");
  await panels(page);
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/companies/IREN");
  await panels(page);
  await expectNoSeriousAxeViolations(page);
});
