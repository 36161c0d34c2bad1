import { describe, expect, test } from "vitest";
import { buildFacts } from "@/lib/domain/facts";
import { buildOverviewRow, buildRecentSold } from "@/lib/domain/overview";
import { sortOverviewRows } from "@/lib/domain/overview-sort";
import type { CompanySummary } from "@/lib/domain/types";
import { contractEvent, obs } from "../support/factories";

const company = (ticker: string): CompanySummary => ({
  ticker,
  name: `${ticker} Inc.`,
  formerNames: "",
  cik: null,
  exchange: "NASDAQ",
  fiscalYearEnd: "12-31",
  website: "https://example.test",
});

describe("recent BTC sold", () => {
  test("sums the four latest quarters and lists them", () => {
    const facts = buildFacts(
      ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"].map((d, i) =>
        obs({ metric: "btc_sold", periodEnd: d, periodType: "quarter", value: (i + 1) * 100 }),
      ),
    );
    const r = buildRecentSold(facts);
    expect(r?.value).toBe(200 + 300 + 400 + 500);
    expect(r?.facts).toHaveLength(4);
    expect(r?.derivation).toBe("Sum of the 4 latest reported quarters (2025-03-31 to 2025-12-31)");
  });

  test("uses months when they are more recent, and says when they are not consecutive", () => {
    const facts = buildFacts([
      obs({ metric: "btc_sold", periodEnd: "2025-06-30", periodType: "quarter", value: 900 }),
      obs({ metric: "btc_sold", periodEnd: "2025-04-30", value: 475 }),
      obs({ metric: "btc_sold", periodEnd: "2025-06-30", value: 397 }),
      obs({ metric: "btc_sold", periodEnd: "2025-09-30", value: 465 }),
      obs({ metric: "btc_sold", periodEnd: "2025-10-31", value: 400 }),
    ]);
    const r = buildRecentSold(facts);
    expect(r?.value).toBe(475 + 397 + 465 + 400);
    expect(r?.derivation).toContain("months");
    expect(r?.derivation).toContain("not consecutive");
  });

  test("no sale figures → null (a gap, not zero)", () => {
    expect(buildRecentSold([])).toBeNull();
  });
});

describe("overview row", () => {
  test("latest, peak and change from peak use displayed values", () => {
    const values = [
      obs({ ticker: "AAA", metric: "btc_held", periodEnd: "2024-06-30", value: 2000 }),
      obs({ ticker: "AAA", metric: "btc_held", periodEnd: "2025-06-30", value: 1500 }, { date: "2025-07-02" }),
      obs({ ticker: "AAA", metric: "hpc_contracted_mw", periodEnd: "2025-07-01", periodType: "instant", value: 168 }),
      obs({ ticker: "AAA", metric: "hpc_contracted_mw", periodEnd: "2025-08-01", periodType: "instant", value: 544 }),
    ];
    const events = [
      contractEvent({ ticker: "AAA", date: "2025-07-01", valueUsd: 3e9 }),
      contractEvent({ ticker: "AAA", date: "2025-08-01", valueUsd: 1e9 }),
    ];
    const row = buildOverviewRow(
      company("AAA"),
      values,
      buildFacts(values, { mergeStockPeriods: true }),
      buildFacts(values),
      events,
    );
    expect(row.latestHeld?.value).toBe(1500);
    expect(row.peakHeld?.value).toBe(2000);
    expect(row.changeFromPeak).toBeCloseTo(-0.25);
    expect(row.contractedMw?.value).toBe(544);
    expect(row.contractValue).toMatchObject({ value: 4e9, count: 2, lastDate: "2025-08-01" });
    expect(row.latestSourceDate).toBe("2025-07-02");
  });

  test("a company without holdings has null figures, and sorts last either way", () => {
    const held = [obs({ ticker: "AAA", metric: "btc_held", periodEnd: "2025-06-30", value: 10 })];
    const facts = buildFacts(held, { mergeStockPeriods: true });
    const a = buildOverviewRow(company("AAA"), held, facts, [], []);
    const b = buildOverviewRow(company("BBB"), [], facts, [], []);
    expect(b.latestHeld).toBeNull();
    expect(b.changeFromPeak).toBeNull();
    expect(sortOverviewRows([b, a], "held", "desc").map((r) => r.company.ticker)).toEqual(["AAA", "BBB"]);
    expect(sortOverviewRows([b, a], "held", "asc").map((r) => r.company.ticker)).toEqual(["AAA", "BBB"]);
    expect(sortOverviewRows([a, b], "company", "asc").map((r) => r.company.ticker)).toEqual(["AAA", "BBB"]);
  });
});

describe("overview search and pages", () => {
  test("filters by ticker or name, pages of a fixed size, clamps the page", async () => {
    const { pageOverviewRows } = await import("@/lib/domain/overview-page");
    const rows = Array.from({ length: 120 }, (_, i) =>
      buildOverviewRow(company(`S${String(i).padStart(3, "0")}`), [], [], [], []),
    );
    const first = pageOverviewRows(rows, "", 1, 50);
    expect([first.rows.length, first.total, first.pages]).toEqual([50, 120, 3]);
    expect(pageOverviewRows(rows, "", 3, 50).rows.map((r) => r.company.ticker)).toHaveLength(20);
    expect(pageOverviewRows(rows, "", 99, 50).page).toBe(3);
    expect(pageOverviewRows(rows, "s01", 1, 50).rows.map((r) => r.company.ticker)).toEqual(
      Array.from({ length: 10 }, (_, i) => `S01${i}`),
    );
    expect(pageOverviewRows(rows, "s119 inc", 1, 50).rows.map((r) => r.company.ticker)).toEqual(["S119"]);
    expect(pageOverviewRows(rows, "zzz", 1, 50)).toMatchObject({ total: 0, pages: 1, rows: [] });
  });
});
