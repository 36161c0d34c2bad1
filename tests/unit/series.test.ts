import { describe, expect, test } from "vitest";
import { buildChartRows } from "@/lib/domain/chart-rows";
import { buildFacts } from "@/lib/domain/facts";
import { buildCumulativeContracts, buildFlowSeries, buildStockSeries } from "@/lib/domain/series";
import { contractEvent, obs } from "../support/factories";

describe("facts", () => {
  test("flows keep month and quarter apart; stocks at one date merge when asked", () => {
    const values = [
      obs({ metric: "btc_sold", periodEnd: "2024-03-31", periodType: "month", value: 100 }),
      obs({ metric: "btc_sold", periodEnd: "2024-03-31", periodType: "quarter", value: 300 }),
      obs({ metric: "btc_held", periodEnd: "2024-03-31", periodType: "month", value: 1000 }),
      obs(
        { metric: "btc_held", periodEnd: "2024-03-31", periodType: "quarter", value: 1005 },
        { tier: "filing", date: "2024-05-01" },
      ),
    ];
    expect(buildFacts(values)).toHaveLength(4);
    const merged = buildFacts(values, { mergeStockPeriods: true });
    expect(merged).toHaveLength(3);
    const held = merged.find((f) => f.metric === "btc_held");
    expect(held?.displayed.value).toBe(1005);
    expect(held?.alternates.map((a) => a.value)).toEqual([1000]);
    expect(
      merged
        .filter((f) => f.metric === "btc_sold")
        .map((f) => f.displayed.value)
        .sort(),
    ).toEqual([100, 300]);
  });
});

describe("stock series", () => {
  const values = [
    obs({ metric: "btc_held", periodEnd: "2024-01-31", value: 10 }),
    obs({ metric: "btc_held", periodEnd: "2024-02-29", value: 12 }),
    obs({ metric: "btc_held", periodEnd: "2024-03-31", value: 13, periodType: "quarter" }),
    // Five silent months, then a value: the line must break, never bridge.
    obs({ metric: "btc_held", periodEnd: "2024-09-30", value: 20 }),
  ];
  const facts = buildFacts(values, { mergeStockPeriods: true });

  test("keeps every reported value and inserts one null after a long silence", () => {
    const s = buildStockSeries(facts, "TEST", "btc_held", "monthly");
    expect(s.map((p) => [p.date, p.value])).toEqual([
      ["2024-01-31", 10],
      ["2024-02-29", 12],
      ["2024-03-31", 13],
      ["2024-04-30", null],
      ["2024-09-30", 20],
    ]);
    expect(s.filter((p) => p.value !== null).every((p) => p.factKey !== null)).toBe(true);
  });

  test("quarterly keeps quarter-end balances only, with no invented values", () => {
    const s = buildStockSeries(facts, "TEST", "btc_held", "quarterly");
    expect(s.map((p) => [p.date, p.value])).toEqual([
      ["2024-03-31", 13],
      ["2024-04-30", null],
      ["2024-09-30", 20],
    ]);
  });

  test("a company without the metric has an empty series, not zeros", () => {
    expect(buildStockSeries(facts, "OTHER", "btc_held", "monthly")).toEqual([]);
  });

  test("flow series never mix period types", () => {
    const flows = buildFacts([
      obs({ metric: "btc_sold", periodEnd: "2024-01-31", value: 5 }),
      obs({ metric: "btc_sold", periodEnd: "2024-03-31", periodType: "quarter", value: 50 }),
    ]);
    expect(buildFlowSeries(flows, "TEST", "btc_sold", "month").map((p) => p.value)).toEqual([5]);
    expect(buildFlowSeries(flows, "TEST", "btc_sold", "quarter").map((p) => p.value)).toEqual([50]);
  });
});

describe("cumulative contracts", () => {
  test("running total in date order; contracts without a value add nothing", () => {
    const events = [
      contractEvent({ date: "2025-11-03", valueUsd: 5.5e9 }),
      contractEvent({ date: "2025-09-25", valueUsd: 3e9 }),
      contractEvent({ date: "2025-10-01", valueUsd: null, mw: 50 }),
      contractEvent({ date: "2025-12-01", valueUsd: 1e9, ticker: "OTHER" }),
      contractEvent({ date: "2025-12-02", valueUsd: 9e9, kind: "btc_sale" }),
    ];
    expect(buildCumulativeContracts(events, "TEST", "valueUsd").map((p) => [p.date, p.value])).toEqual([
      ["2025-09-25", 3e9],
      ["2025-11-03", 8.5e9],
    ]);
    expect(buildCumulativeContracts(events, "TEST", "mw").map((p) => p.value)).toEqual([50]);
  });
});

describe("chart rows", () => {
  test("splits each series into segments at its gaps and merges times", () => {
    const { rows, segments } = buildChartRows([
      {
        key: "A",
        points: [
          { t: 1, value: 1 },
          { t: 2, value: null },
          { t: 3, value: 3 },
        ],
      },
      { key: "B", points: [{ t: 2, value: 20 }] },
    ]);
    expect(segments).toEqual([
      { seriesKey: "A", dataKey: "A#0" },
      { seriesKey: "A", dataKey: "A#1" },
      { seriesKey: "B", dataKey: "B#0" },
    ]);
    expect(rows).toEqual([
      { t: 1, "A#0": 1 },
      { t: 2, "B#0": 20 },
      { t: 3, "A#1": 3 },
    ]);
  });
});

describe("calendar ticks", () => {
  test("regular calendar ticks, the same for any plot width: Januaries, half-years or quarters by span", async () => {
    const { calendarTicks } = await import("@/components/charts/time-axis");
    const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 7));
    const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
    expect(iso(calendarTicks([d("2022-11-15"), d("2026-12-01")]))).toEqual([
      "2023-01",
      "2024-01",
      "2025-01",
      "2026-01",
    ]);
    expect(iso(calendarTicks([d("2024-02-01"), d("2026-01-01")]))).toEqual([
      "2024-07",
      "2025-01",
      "2025-07",
      "2026-01",
    ]);
    expect(iso(calendarTicks([d("2025-02-10"), d("2025-12-31")]))).toEqual(["2025-04", "2025-07", "2025-10"]);
  });
});
