import { expect, test } from "@playwright/test";
import { parseDocument } from "htmlparser2";
import { expectNoSeriousAxeViolations } from "./helpers";

test("/data offers the dataset files named with the data version, each with an ETag answering 304", async ({
  page,
  request,
}) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Download the data");
  const links = page.locator("table a[href^='/data/minerpivot-']");
  await expect(links).toHaveCount(4);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const version = /-v(\d+)\./.exec(hrefs[0])?.[1];
  expect(hrefs.every((h) => h.includes(`-v${version}.`))).toBe(true);
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    const etag = res.headers().etag;
    expect(etag, href).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers()["content-disposition"]).toContain(href.slice("/data/".length));
    const again = await request.get(href, { headers: { "If-None-Match": etag } });
    expect(again.status(), href).toBe(304);
  }
  const csv = await (await request.get(hrefs.find((h) => h.includes("observations"))!)).text();
  expect(csv.split("\r\n")[0]).toBe(
    "ticker,period_end,period_type,metric,value,unit,source_url,source_kind,source_date,quote,source_tier,basis,derivation",
  );
  expect((await request.get("/data/minerpivot-observations-v0.csv")).status()).toBe(404);
  await expectNoSeriousAxeViolations(page);
});

test("/changes says when nothing was recorded yet, filters by company, and the feeds are Atom", async ({
  page,
  request,
}) => {
  await page.goto("/changes?company=RIOT&kind=revised-figure");
  await expect(page.getByRole("status")).toContainText("No change recorded for RIOT of this kind yet");
  await expect(page.getByLabel("Company")).toHaveValue("RIOT");
  await expect(page.getByRole("link", { name: "Atom feed for RIOT" })).toHaveAttribute(
    "href",
    "/companies/RIOT/feed.xml",
  );
  for (const url of ["/feed.xml", "/companies/RIOT/feed.xml"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = parseDocument(await res.text(), { xmlMode: true }).children.find(
      (n) => "name" in n && n.name === "feed",
    ) as unknown as { attribs: Record<string, string> };
    expect(feed?.attribs.xmlns, url).toBe("http://www.w3.org/2005/Atom");
  }
  expect((await request.get("/companies/ZZZZ/feed.xml")).status()).toBe(404);
  await expectNoSeriousAxeViolations(page);
});
