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
    // From April 2025 Riot's count includes restricted bitcoin: two bases, two series, never one line.
    const restricted = held.filter((r: { basis: string }) => r.basis === "including-restricted");
    const asReported = held.filter((r: { basis: string }) => r.basis === "as-reported");
    expect(restricted.length + asReported.length).toBe(held.length);
    expect(asReported.length).toBeGreaterThan(15);
    expect(asReported.every((r: { period_end: string }) => r.period_end < "2025-04-01")).toBe(true);
    expect(restricted.every((r: { period_end: string }) => r.period_end >= "2025-04-01")).toBe(true);
    expect(restricted.at(-1)).toMatchObject({
      company: "RIOT",
      period_end: "2025-12-31",
      value: 18005,
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
      "company,metric,axis,lens,period_end,period_type,value,unit,reported_value,reported_unit,basis,derivation,source_url,source_kind,source_date,btc_price_usd,btc_price_source_url,x_value,x_metric",
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
    expect(body.companies).toHaveLength(12);
    const riot = body.companies.find((c: { ticker: string }) => c.ticker === "RIOT");
    expect(riot).toMatchObject({ btc_held: 18005, btc_held_date: "2025-12-31", url: "/api/v1/companies/RIOT" });
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

  test("derived quarters come with their derivation and cite both filed inputs", async () => {
    const { GET } = await import("@/app/api/v1/companies/[ticker]/route");
    const body = await (
      await GET(get("/api/v1/companies/BTBT"), { params: Promise.resolve({ ticker: "BTBT" }) })
    ).json();
    const capex = (end: string) =>
      body.observations.filter(
        (o: { metric: string; period_end: string; derivation: string }) =>
          o.metric === "capex_usd" && o.period_end === end && o.derivation !== "",
      );
    expect(capex("2025-06-30")).toEqual([
      expect.objectContaining({
        period_type: "quarter",
        value: 147_144_795 - 64_961_231,
        derivation: "ytd-difference: Q2 2025 = H1 (6 months to 2025-06-30) − Q1 (3 months to 2025-03-31)",
        source_kind: "10-Q | 10-Q",
        source_tier: "filing | filing",
      }),
    ]);
    expect(capex("2025-06-30")[0].source_url).toBe(
      "https://www.sec.gov/Archives/edgar/data/1710350/000121390025076608/ea0251448-10q_bitdigital.htm | https://www.sec.gov/Archives/edgar/data/1710350/000121390025044155/ea0241656-10q_bitdigital.htm",
    );
    expect(capex("2024-12-31")).toEqual([
      expect.objectContaining({
        value: 94_002_806 - 7_168_679,
        derivation: "ytd-difference: Q4 2024 = FY (12 months to 2024-12-31) − 9M (9 months to 2024-09-30)",
        source_kind: "10-K | 10-Q",
      }),
    ]);
    // Stored observations carry no derivation; derived rows are only ever quarters.
    for (const o of body.observations)
      if (o.derivation) expect(o.period_type).toBe("quarter");
      else expect(o.source_url).not.toContain(" | ");
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
