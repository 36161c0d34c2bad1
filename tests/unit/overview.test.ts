import { describe, expect, test } from "vitest";
import { buildFacts } from "@/lib/domain/facts";
import { buildOverviewRow } from "@/lib/domain/overview";
import { sortOverviewRows } from "@/lib/domain/overview-sort";
import { addMonthEnds } from "@/lib/domain/periods";
import { freshness } from "@/lib/domain/staleness";
import { trailingTwelveMonths } from "@/lib/domain/trailing-sum";
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

const TODAY = "2026-12-01";
const sold = (periodEnd: string, value: number, periodType: "month" | "quarter" = "month") =>
  obs({ ticker: "AAA", metric: "btc_sold", periodEnd, periodType, value });
const last12 = (values: ReturnType<typeof sold>[], fye = "12-31") =>
  trailingTwelveMonths(buildFacts(values), "AAA", "btc_sold", fye, TODAY);

describe("BTC sold, last 12 months: contiguous periods of one type, exact period, as-of date", () => {
  test("four consecutive quarters ending at the latest quarter", () => {
    const r = last12(
      ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"].map((d, i) =>
        sold(d, (i + 1) * 100, "quarter"),
      ),
    );
    expect(r.ok && r.sum).toMatchObject({
      value: 200 + 300 + 400 + 500,
      from: "2025-01-01",
      to: "2025-12-31",
      periodLabel: "Jan 2025 – Dec 2025",
      derivation: "Sum of 4 quarters, Q1 2025 – Q4 2025",
    });
    expect(r.ok && r.sum.freshness).toMatchObject({ asOf: "2025-12-31", ageMonths: 11, stale: true });
  });

  test("twelve consecutive months; a missing month means no figure, with the reason", () => {
    const months = Array.from({ length: 12 }, (_, i) => addMonthEnds("2025-01-31", i));
    const full = last12(months.map((m) => sold(m, 10)));
    expect(full.ok && [full.sum.value, full.sum.periodLabel, full.sum.parts.length]).toEqual([
      120,
      "Jan 2025 – Dec 2025",
      12,
    ]);
    const holed = last12(months.filter((m) => m !== "2025-06-30").map((m) => sold(m, 10)));
    expect(holed).toMatchObject({
      ok: false,
      reason: "the 12 months to Dec 2025 are not all reported (months missing: Jun 2025)",
      short: "12 months to Dec 2025 incomplete",
      // What is known is still shown, never compared with 12-month sums.
      latest: { value: 10, label: "Dec 2025", periodType: "month", derived: false },
    });
  });

  test("periods 18 months apart are never added: Core Scientific's Feb–May 2024 is not 'the last year'", () => {
    const r = last12([sold("2024-02-29", 952), sold("2024-03-31", 981), sold("2024-05-31", 1300)]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain("the 12 months to May 2024 are not all reported");
  });

  test("months and quarters are never mixed; three reported months make a derived quarter", () => {
    const r = last12([
      sold("2025-03-31", 300, "quarter"),
      sold("2025-06-30", 300, "quarter"),
      sold("2025-09-30", 300, "quarter"),
      sold("2025-10-31", 100),
      sold("2025-11-30", 100),
      sold("2025-12-31", 100),
    ]);
    expect(r.ok && [r.sum.value, r.sum.derivation]).toEqual([1200, "Sum of 4 quarters, Q1 2025 – Q4 2025 (1 derived)"]);
    expect(r.ok && r.sum.parts.at(-1)).toMatchObject({
      derived: true,
      formula: "Q4 2025 = sum of the three reported months to 2025-12-31",
    });
  });

  test("fiscal quarters are labelled in the company's fiscal year", () => {
    const r = last12(
      ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30"].map((d) => sold(d, 1, "quarter")),
      "09-30",
    );
    expect(r.ok && r.sum.derivation).toBe("Sum of 4 quarters, Q1 FY2025 – Q4 FY2025");
  });

  test("no sale figures: not shown, and says so", () => {
    expect(last12([])).toEqual({ ok: false, reason: "no month or quarter figures reported", short: "none reported" });
  });

  test("sorting compares only complete 12-month figures; the others go last either way", () => {
    const full = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"];
    const rowOf = (ticker: string, values: ReturnType<typeof obs>[]) =>
      buildOverviewRow(company(ticker), values, buildFacts(values), buildFacts(values), [], TODAY);
    const big = rowOf(
      "BIG",
      full.map((d) => obs({ ticker: "BIG", metric: "btc_sold", periodEnd: d, periodType: "quarter", value: 1000 })),
    );
    const small = rowOf(
      "SML",
      full.map((d) => obs({ ticker: "SML", metric: "btc_sold", periodEnd: d, periodType: "quarter", value: 10 })),
    );
    // A larger total over non-consecutive periods is not a last-12-months figure.
    const gappy = rowOf(
      "GAP",
      ["2024-03-31", "2025-12-31"].map((d) =>
        obs({ ticker: "GAP", metric: "btc_sold", periodEnd: d, periodType: "quarter", value: 5000 }),
      ),
    );
    expect(sortOverviewRows([gappy, small, big], "sold", "desc").map((r) => r.company.ticker)).toEqual([
      "BIG",
      "SML",
      "GAP",
    ]);
    expect(sortOverviewRows([gappy, small, big], "sold", "asc").map((r) => r.company.ticker)).toEqual([
      "SML",
      "BIG",
      "GAP",
    ]);
  });
});

describe("staleness against today", () => {
  test.each([
    ["2026-11-30", "2026-12-01", 0, false, "as of Nov 30, 2026 · this month"],
    ["2026-06-01", "2026-12-01", 6, false, "as of Jun 1, 2026 · 6 months old"],
    ["2026-05-31", "2026-12-01", 6, false, "as of May 31, 2026 · 6 months old"],
    ["2026-05-01", "2026-12-01", 7, true, "as of May 1, 2026 · 7 months old"],
    ["2025-06-30", "2026-12-01", 17, true, "as of Jun 30, 2025 · 17 months old"],
    ["2023-12-31", "2026-12-01", 35, true, "as of Dec 31, 2023 · 2 years old"],
  ])("%s seen on %s: %d months, stale %s", (asOf, today, months, stale, label) => {
    expect(freshness(asOf, today)).toMatchObject({ asOf, ageMonths: months, stale, label });
    expect(freshness(asOf, today).compact).toMatch(months === 0 ? /· this month$/ : new RegExp(`· ${months} mo$`));
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
      TODAY,
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
    const a = buildOverviewRow(company("AAA"), held, facts, [], [], TODAY);
    const b = buildOverviewRow(company("BBB"), [], facts, [], [], TODAY);
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
      buildOverviewRow(company(`S${String(i).padStart(3, "0")}`), [], [], [], [], TODAY),
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
