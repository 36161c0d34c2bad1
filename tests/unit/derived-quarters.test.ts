import { describe, expect, test } from "vitest";
import { deriveQuarters } from "@/lib/domain/derived-quarters";
import { buildFacts } from "@/lib/domain/facts";
import { fiscalQuarterLabel, fiscalYear } from "@/lib/domain/fiscal";
import type { PeriodType } from "@/lib/domain/metrics";
import { buildQuarterlyFlow } from "@/lib/domain/quarterly";
import { obs } from "../support/factories";

/** A filed XBRL figure as the importer stores it: the quote names concept, value, unit and period. */
const filed = (
  ticker: string,
  metric: "capex_usd" | "btc_sale_proceeds_usd" | "hpc_revenue_usd" | "btc_sold",
  start: string,
  end: string,
  periodType: PeriodType,
  value: number,
  concept = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
) =>
  obs(
    {
      ticker,
      metric,
      periodEnd: end,
      periodType,
      value,
      quote: `XBRL ${concept} = ${value} iso4217:USD ${start} to ${end}`,
    },
    { tier: "filing", date: "2025-11-14", url: `https://www.sec.gov/${ticker}/${end}/${periodType}` },
  );

describe("fiscal calendars", () => {
  test.each([
    ["2025-03-31", "12-31", "Q1 2025", 2025],
    ["2024-12-31", "09-30", "Q1 FY2025", 2025],
    ["2025-06-30", "09-30", "Q3 FY2025", 2025],
    ["2025-09-30", "06-30", "Q1 FY2026", 2026],
    ["2024-03-31", "03-31", "Q4 FY2024", 2024],
    ["2025-05-31", "12-31", null, 2025],
  ])("%s with the year ending %s is %s", (end, fye, label, fy) => {
    expect(fiscalQuarterLabel(end, fye)).toBe(label);
    expect(fiscalYear(end, fye)).toBe(fy);
  });
});

describe("derived quarters", () => {
  test("Bit Digital capex: Q2 2025 = H1 − Q1 and Q4 2024 = FY − 9M, each citing both inputs", () => {
    const facts = buildFacts([
      filed("BTBT", "capex_usd", "2025-01-01", "2025-03-31", "quarter", 64_961_231),
      filed("BTBT", "capex_usd", "2025-01-01", "2025-06-30", "ytd", 147_144_795),
      filed("BTBT", "capex_usd", "2024-01-01", "2024-09-30", "ytd", 7_168_679),
      filed("BTBT", "capex_usd", "2024-01-01", "2024-12-31", "year", 94_002_806),
    ]);
    const derived = deriveQuarters(facts, "BTBT", "capex_usd", "12-31");
    expect(derived.map((d) => [d.periodEnd, d.value, d.method, d.formula])).toEqual([
      [
        "2024-12-31",
        86_834_127,
        "ytd-difference",
        "Q4 2024 = FY (12 months to 2024-12-31) − 9M (9 months to 2024-09-30)",
      ],
      [
        "2025-06-30",
        82_183_564,
        "ytd-difference",
        "Q2 2025 = H1 (6 months to 2025-06-30) − Q1 (3 months to 2025-03-31)",
      ],
    ]);
    expect(derived[1].inputs).toEqual(["BTBT|capex_usd|2025-06-30|ytd", "BTBT|capex_usd|2025-03-31|quarter"]);
    // On a quarterly chart they are points flagged as derived, beside the reported quarter.
    const points = buildQuarterlyFlow(facts, "BTBT", "capex_usd", "12-31");
    expect(points.map((p) => [p.date, p.value, p.derivation !== undefined])).toEqual([
      ["2024-12-31", 86_834_127, true],
      ["2025-03-31", 64_961_231, false],
      ["2025-06-30", 82_183_564, true],
    ]);
  });

  test("CleanSpark (year ends 30 September): Q2 FY2024 = H1 FY2024 − Q1 FY2024", () => {
    const c = "clsk:ProceedsFromSaleOfBitcoin";
    const facts = buildFacts([
      filed("CLSK", "btc_sale_proceeds_usd", "2023-10-01", "2023-12-31", "quarter", 43_035_000, c),
      filed("CLSK", "btc_sale_proceeds_usd", "2023-10-01", "2024-03-31", "ytd", 43_103_000, c),
      filed("CLSK", "btc_sale_proceeds_usd", "2023-10-01", "2024-06-30", "ytd", 42_803_000, c),
    ]);
    const derived = deriveQuarters(facts, "CLSK", "btc_sale_proceeds_usd", "09-30");
    // Q3 FY2024 would be 42,803k − 43,103k < 0: inputs that do not fit derive nothing.
    expect(derived.map((d) => [d.periodEnd, d.value, d.formula])).toEqual([
      ["2024-03-31", 68_000, "Q2 FY2024 = H1 (6 months to 2024-03-31) − Q1 (3 months to 2023-12-31)"],
    ]);
  });

  test("never across fiscal years: a Q1 is never FY − something, and a calendar H1 of a September filer is not fiscal", () => {
    const facts = buildFacts([
      // CleanSpark: the fiscal year to 2024-09-30 and the quarter to 2024-12-31 belong to different years.
      filed("CLSK", "capex_usd", "2023-10-01", "2024-09-30", "year", 900),
      filed("CLSK", "capex_usd", "2024-10-01", "2024-12-31", "quarter", 300),
      // A six-month figure ending 2025-06-30 is not CleanSpark's fiscal nine months.
      filed("CLSK", "capex_usd", "2025-01-01", "2025-06-30", "ytd", 700),
      filed("CLSK", "capex_usd", "2024-10-01", "2025-03-31", "ytd", 500),
    ]);
    const derived = deriveQuarters(facts, "CLSK", "capex_usd", "09-30");
    // Only Q2 FY2025 (H1 to March − Q1 to December) is in one fiscal year with both inputs.
    expect(derived.map((d) => [d.periodEnd, d.value])).toEqual([["2025-03-31", 200]]);
  });

  test("different definitions are not subtracted: another concept, or a news figure", () => {
    const facts = buildFacts([
      filed("BTBT", "capex_usd", "2025-01-01", "2025-03-31", "quarter", 100),
      filed("BTBT", "capex_usd", "2025-01-01", "2025-06-30", "ytd", 300, "us-gaap:PaymentsToAcquireMiningAssets"),
      obs(
        { ticker: "BTBT", metric: "capex_usd", periodEnd: "2025-09-30", periodType: "ytd", value: 900 },
        { tier: "secondary" },
      ),
    ]);
    expect(deriveQuarters(facts, "BTBT", "capex_usd", "12-31")).toEqual([]);
  });

  test("a reported quarter is never replaced by a derived one", () => {
    const facts = buildFacts([
      filed("BTBT", "capex_usd", "2025-01-01", "2025-03-31", "quarter", 100),
      filed("BTBT", "capex_usd", "2025-04-01", "2025-06-30", "quarter", 250),
      filed("BTBT", "capex_usd", "2025-01-01", "2025-06-30", "ytd", 300),
    ]);
    expect(deriveQuarters(facts, "BTBT", "capex_usd", "12-31")).toEqual([]);
  });

  test("months roll into a quarter only when all three are reported", () => {
    const month = (end: string, value: number) =>
      obs({ ticker: "RIOT", metric: "btc_sold", periodEnd: end, periodType: "month", value });
    const facts = buildFacts([
      month("2025-01-31", 10),
      month("2025-02-28", 20),
      month("2025-03-31", 30),
      // The second quarter is missing May: no quarter is made up.
      month("2025-04-30", 5),
      month("2025-06-30", 7),
    ]);
    const derived = deriveQuarters(facts, "RIOT", "btc_sold", "12-31");
    expect(derived.map((d) => [d.periodEnd, d.value, d.method, d.inputs.length])).toEqual([
      ["2025-03-31", 60, "monthly-sum", 3],
    ]);
    expect(derived[0].formula).toBe("Q1 2025 = sum of the three reported months to 2025-03-31");
  });

  test("stocks and dated commitments are never derived", () => {
    const facts = buildFacts([
      obs({ metric: "btc_held", periodEnd: "2025-01-31", value: 1 }),
      obs({ metric: "btc_held", periodEnd: "2025-02-28", value: 1 }),
      obs({ metric: "btc_held", periodEnd: "2025-03-31", value: 1 }),
    ]);
    expect(deriveQuarters(facts, "TEST", "btc_held", "12-31")).toEqual([]);
  });
});
