import { describe, expect, test } from "vitest";
import { buildFacts } from "@/lib/domain/facts";
import { basisOf } from "@/lib/domain/holdings-basis";
import { buildOverviewRow } from "@/lib/domain/overview";
import { buildStockSeries, stockBases } from "@/lib/domain/series";
import { obs } from "../support/factories";

const CLSK = {
  ticker: "CLSK",
  name: "CleanSpark Inc.",
  formerNames: "",
  cik: "827876",
  exchange: "NASDAQ",
  fiscalYearEnd: "09-30",
  website: "https://www.cleanspark.com",
};

/** CleanSpark around its fiscal 2025 year end, as the two kinds of document state it. */
const held = () => [
  // Monthly updates: "total holdings", which include bitcoin posted as collateral.
  obs({
    ticker: "CLSK",
    metric: "btc_held",
    periodEnd: "2025-08-31",
    value: 12_827,
    basis: "including-pledged-or-loaned",
  }),
  obs({
    ticker: "CLSK",
    metric: "btc_held",
    periodEnd: "2025-09-30",
    value: 13_011,
    basis: "including-pledged-or-loaned",
  }),
  obs({
    ticker: "CLSK",
    metric: "btc_held",
    periodEnd: "2025-10-31",
    value: 13_033,
    basis: "including-pledged-or-loaned",
  }),
  // The 10-K and 10-Q: collateral excluded.
  obs(
    {
      ticker: "CLSK",
      metric: "btc_held",
      periodEnd: "2025-09-30",
      periodType: "year",
      value: 10_428,
      basis: "excluding-collateral",
    },
    { tier: "filing" },
  ),
  obs(
    {
      ticker: "CLSK",
      metric: "btc_held",
      periodEnd: "2025-12-31",
      periodType: "quarter",
      value: 11_452,
      basis: "excluding-collateral",
    },
    { tier: "filing" },
  ),
];

describe("holdings basis", () => {
  test("the documented rules: CleanSpark filings vs updates, Riot from April 2025, MARA from 2025", () => {
    const o = (ticker: string, periodEnd: string, sourceKind: "10-K" | "production-update" | "news", quote = "q") =>
      basisOf({ ticker, metric: "btc_held", periodEnd, sourceKind, quote });
    expect(o("CLSK", "2025-09-30", "10-K")).toBe("excluding-collateral");
    expect(o("CLSK", "2025-09-30", "production-update")).toBe("including-pledged-or-loaned");
    expect(
      o("CLSK", "2024-09-30", "news", "held 6,819 bitcoins, with a receivable for 1,229 bitcoin posted as collateral"),
    ).toBe("excluding-collateral");
    expect(o("RIOT", "2025-03-31", "production-update")).toBe("as-reported");
    expect(o("RIOT", "2025-04-30", "production-update")).toBe("including-restricted");
    expect(o("MARA", "2024-12-31", "news")).toBe("as-reported");
    expect(o("MARA", "2025-03-31", "news")).toBe("including-pledged-or-loaned");
    expect(
      basisOf({ ticker: "CLSK", metric: "btc_mined", periodEnd: "2025-09-30", sourceKind: "10-K", quote: "" }),
    ).toBe("as-reported");
  });

  test("a CleanSpark series with both bases is two series: no point of one is joined to the other", () => {
    const facts = buildFacts(held(), { mergeStockPeriods: true });
    // Two facts at 2025-09-30: 13,011 and 10,428 are different definitions, not rival sources of one number.
    expect(facts.filter((f) => f.periodEnd === "2025-09-30").map((f) => [f.basis, f.displayed.value])).toEqual([
      ["including-pledged-or-loaned", 13_011],
      ["excluding-collateral", 10_428],
    ]);
    expect(facts.every((f) => f.alternates.length === 0)).toBe(true);
    expect(stockBases(facts, "CLSK", "btc_held")).toEqual(["excluding-collateral", "including-pledged-or-loaned"]);
    const filings = buildStockSeries(facts, "CLSK", "btc_held", "monthly", "excluding-collateral");
    const updates = buildStockSeries(facts, "CLSK", "btc_held", "monthly", "including-pledged-or-loaned");
    expect(filings.filter((p) => p.value !== null).map((p) => p.value)).toEqual([10_428, 11_452]);
    expect(updates.map((p) => p.value)).toEqual([12_827, 13_011, 13_033]);
    // The default series is the latest figure's basis.
    expect(buildStockSeries(facts, "CLSK", "btc_held", "monthly")).toEqual(filings);
  });

  test("latest, peak and % from peak use one basis: no fake dip from a change of definition", () => {
    const values = held();
    const row = buildOverviewRow(
      CLSK,
      values,
      buildFacts(values, { mergeStockPeriods: true }),
      buildFacts(values),
      [],
      "2026-12-01",
    );
    expect(row.latestHeld).toMatchObject({ value: 11_452, date: "2025-12-31" });
    // The peak of the excluding-collateral series, not the monthly 13,033.
    expect(row.peakHeld).toMatchObject({ value: 11_452, date: "2025-12-31" });
    expect(row.changeFromPeak).toBe(0);
  });
});
