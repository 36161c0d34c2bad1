import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/ingest/seed";
import { createMigratedDatabase } from "../support/temp-db";

let db: ReturnType<typeof createMigratedDatabase>;
beforeAll(() => {
  db = createMigratedDatabase();
  process.env.DATABASE_URL = db.url;
  expect(seedDatabase("prisma/data", db.file).ok).toBe(true);
});
afterAll(() => db.cleanup());

const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://test${url}`, { headers });

describe("/api/v1/series", () => {
  test("JSON: one row per charted point, each with its source or derivation", async () => {
    const { GET } = await import("@/app/api/v1/series/route");
    const res = await GET(get("/api/v1/series?companies=RIOT&vs=hpc_contract_value_usd"));
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toContain("max-age");
    const body = await res.json();
    expect(body.view.query).toBe("companies=RIOT&vs=hpc_contract_value_usd");
    const held = body.rows.filter((r: { metric: string }) => r.metric === "btc_held");
    expect(held.length).toBeGreaterThan(25);
    expect(held.at(-1)).toMatchObject({
      company: "RIOT",
      period_end: "2025-11-30",
      value: 19368,
      unit: "BTC",
      axis: "left",
    });
    for (const r of body.rows) expect(r.source_url).toMatch(/^https?:\/\//);
    const contract = body.rows.find((r: { metric: string }) => r.metric === "hpc_contract_value_usd");
    expect(contract).toMatchObject({
      value: 311_000_000,
      axis: "right",
      derivation: "running total of announced contracts",
      source_kind: "news",
    });
  });

  test("CSV: header, RFC 4180 quoting, attachment with the deterministic file name", async () => {
    const { GET } = await import("@/app/api/v1/series/route");
    const res = await GET(get("/api/v1/series?companies=MARA&cadence=quarterly&format=csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="minerpivot-mara-btc-held-\d{4}-\d{2}-\d{4}-\d{2}\.csv"/,
    );
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "company,metric,axis,lens,period_end,period_type,value,unit,reported_value,reported_unit,derivation,source_url,source_kind,source_date,btc_price_usd,btc_price_source_url,x_value,x_metric",
    );
    expect(lines.slice(1).every((l) => l.startsWith("MARA,btc_held,left,absolute,"))).toBe(true);
  });

  test("USD view rows carry the BTC price and its source", async () => {
    const { GET } = await import("@/app/api/v1/series/route");
    const body = await (await GET(get("/api/v1/series?companies=RIOT&usd=1"))).json();
    const row = body.rows.find(
      (r: { period_end: string; metric: string }) => r.metric === "btc_held" && r.period_end === "2024-06-30",
    );
    expect(row).toMatchObject({ unit: "USD", reported_value: 9334, btc_price_usd: 61929.29 });
    expect(row.value).toBeCloseTo(9334 * 61929.29, 2);
    expect(row.btc_price_source_url).toMatch(/^https?:\/\//);
    // A holding at a date without a cited price is not a row: the gap stays a gap.
    expect(body.rows.some((r: { period_end: string }) => r.period_end === "2024-07-31")).toBe(false);
  });

  test("ETag revalidation answers 304", async () => {
    const { GET } = await import("@/app/api/v1/series/route");
    const first = await GET(get("/api/v1/series?companies=RIOT"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await GET(get("/api/v1/series?companies=RIOT", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  test.each([
    ["/api/v1/series?lens=zoom", 'Ignored lens="zoom"'],
    ["/api/v1/series?format=xml", 'Ignored format="xml"'],
    ["/api/v1/series?foo=1", 'Unknown parameter "foo"'],
    ["/api/v1/series?metric=a&metric=b", 'Parameter "metric" is given more than once'],
    ["/api/v1/series?time=2024-13-01..latest", 'Ignored time="2024-13-01..latest"'],
  ])("%s → 400 with the error shape", async (url, detail) => {
    const { GET } = await import("@/app/api/v1/series/route");
    const res = await GET(get(url));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.details.join(" ")).toContain(detail);
  });
});

describe("/api/v1/companies", () => {
  test("lists every company with sourced figures", async () => {
    const { GET } = await import("@/app/api/v1/companies/route");
    const body = await (await GET(get("/api/v1/companies"))).json();
    expect(body.companies).toHaveLength(9);
    const riot = body.companies.find((c: { ticker: string }) => c.ticker === "RIOT");
    expect(riot).toMatchObject({ btc_held: 19368, btc_held_date: "2025-11-30", url: "/api/v1/companies/RIOT" });
    expect(riot.btc_held_source_url).toMatch(/^https?:\/\//);
  });

  test("one company: observations with every source, events, caveats; 404 and 400", async () => {
    const { GET } = await import("@/app/api/v1/companies/[ticker]/route");
    const params = (ticker: string) => ({ params: Promise.resolve({ ticker }) });
    const body = await (await GET(get("/api/v1/companies/mara"), params("mara"))).json();
    expect(body.company.ticker).toBe("MARA");
    const june = body.observations.filter(
      (o: { metric: string; period_end: string }) => o.metric === "btc_held" && o.period_end === "2024-06-30",
    );
    expect(june.map((o: { value: number }) => o.value).sort()).toEqual([18488, 18536]);
    expect(body.notes.length).toBeGreaterThan(0);
    expect((await GET(get("/api/v1/companies/NOPE"), params("NOPE"))).status).toBe(404);
    expect((await GET(get("/api/v1/companies/%3Cx%3E"), params("<x>"))).status).toBe(400);
    expect((await GET(get("/api/v1/companies/RIOT?x=1"), params("RIOT"))).status).toBe(400);
  });
});

describe("/api/v1/series with untracked companies", () => {
  test("only untracked → 404 naming them; some tracked → 200 with a notice", async () => {
    const { GET } = await import("@/app/api/v1/series/route");
    const res = await GET(get("/api/v1/series?companies=ZZZZ~YYYY"));
    expect(res.status).toBe(404);
    expect((await res.json()).error.details).toEqual(["ZZZZ", "YYYY"]);
    const mixed = await (await GET(get("/api/v1/series?companies=ZZZZ~RIOT"))).json();
    expect(mixed.notices).toEqual(["Not tracked, left out: ZZZZ."]);
    expect(new Set(mixed.rows.map((r: { company: string }) => r.company))).toEqual(new Set(["RIOT"]));
  });
});
