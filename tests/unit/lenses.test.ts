import { describe, expect, test } from "vitest";
import { buildFacts } from "@/lib/domain/facts";
import { applyIndex, applyPercentOfPeak, applyPeriodChange, findNonPositive } from "@/lib/domain/lenses";
import { buildQuarterlyFlow } from "@/lib/domain/quarterly";
import type { SeriesPoint } from "@/lib/domain/series";
import { resolveRange } from "@/lib/domain/time-range";
import { buildTrajectory } from "@/lib/domain/trajectory";
import { valueHoldingsInUsd } from "@/lib/domain/usd-value";
import { obs } from "../support/factories";

const pt = (date: string, value: number | null): SeriesPoint => ({
  date,
  t: Date.parse(date),
  value,
  factKey: value === null ? null : `k${date}`,
});
const series = [
  pt("2024-01-31", 100),
  pt("2024-02-29", 200),
  pt("2024-03-31", null),
  pt("2024-06-30", 50),
  pt("2024-07-31", 150),
];

describe("lenses", () => {
  test("% of own peak; gaps stay gaps; reported value kept as raw", () => {
    const r = applyPercentOfPeak(series);
    expect(r.map((p) => p.value)).toEqual([50, 100, null, 25, 75]);
    expect(r.map((p) => p.raw)).toEqual([100, 200, null, 50, 150]);
  });

  test("indexed to 100 at the base date, or the first value after it", () => {
    expect(applyIndex(series, "2024-01-31")).toMatchObject({ baseDate: "2024-01-31" });
    expect(applyIndex(series, "2024-01-31").points.map((p) => p.value)).toEqual([100, 200, null, 50, 150]);
    const later = applyIndex(series, "2024-03-01");
    expect(later.baseDate).toBe("2024-06-30");
    expect(later.points.map((p) => p.value)).toEqual([200, 400, null, 100, 300]);
  });

  test("no base after the date, or a zero base → all gaps, no division by zero", () => {
    expect(applyIndex(series, "2030-01-01")).toMatchObject({ baseDate: null });
    expect(
      applyIndex([pt("2024-01-31", 0), pt("2024-02-29", 5)], "2024-01-01").points.every((p) => p.value === null),
    ).toBe(true);
  });

  test("per-period change only between adjacent reported periods", () => {
    expect(applyPeriodChange(series, 1).map((p) => p.value)).toEqual([null, 100, null, null, 100]);
    const quarters = [pt("2024-03-31", 10), pt("2024-06-30", 16), pt("2024-12-31", 20)];
    expect(applyPeriodChange(quarters, 3).map((p) => p.value)).toEqual([null, 6, null]);
  });

  test("log scale safety finds the first zero or negative value", () => {
    expect(findNonPositive([{ key: "A", points: series }])).toBeNull();
    expect(
      findNonPositive([
        { key: "A", points: series },
        { key: "B", points: [pt("2024-01-31", 0)] },
      ]),
    ).toEqual({ key: "B", date: "2024-01-31", value: 0 });
  });
});

describe("ranges", () => {
  test.each([
    [{ preset: "all" as const }, "2025-11-30", { from: null, to: null }],
    [{ preset: "2023" as const }, "2025-11-30", { from: "2023-01-01", to: null }],
    [{ preset: "1y" as const }, "2025-11-30", { from: "2024-12-01", to: null }],
    [{ preset: "2y" as const }, "2025-06-30", { from: "2023-07-01", to: null }],
    [{ from: "2024-01-01", to: "2024-12-31" }, "2025-11-30", { from: "2024-01-01", to: "2024-12-31" }],
  ])("%j with latest %s", (range, latest, expected) => {
    expect(resolveRange(range, latest)).toEqual(expected);
  });
});

describe("USD view", () => {
  test("values holdings only at dates with a cited price; other dates are gaps", () => {
    const prices = [
      { date: "2024-03-31", closeUsd: 71285 },
      { date: "2024-06-30", closeUsd: 61929.29 },
    ];
    const r = valueHoldingsInUsd([pt("2024-03-31", 10), pt("2024-04-30", 12), pt("2024-06-30", 2)], prices);
    expect(r.map((p) => p.value)).toEqual([712850, null, 123858.58]);
    expect(r.map((p) => p.price?.ref ?? null)).toEqual([0, null, 1]);
    expect(r.map((p) => p.btc)).toEqual([10, 12, 2]);
  });
});

describe("quarterly flows", () => {
  test("reported quarters win; a missing quarter with all three months is a labelled derived sum", () => {
    const facts = buildFacts([
      obs({ metric: "btc_sold", periodEnd: "2024-03-31", periodType: "quarter", value: 900 }),
      obs({ metric: "btc_sold", periodEnd: "2024-01-31", value: 1 }),
      obs({ metric: "btc_sold", periodEnd: "2024-02-29", value: 2 }),
      obs({ metric: "btc_sold", periodEnd: "2024-03-31", value: 3 }),
      obs({ metric: "btc_sold", periodEnd: "2024-04-30", value: 10 }),
      obs({ metric: "btc_sold", periodEnd: "2024-05-31", value: 20 }),
      obs({ metric: "btc_sold", periodEnd: "2024-06-30", value: 30 }),
      // Q3 has only two months: no quarter is made up.
      obs({ metric: "btc_sold", periodEnd: "2024-07-31", value: 5 }),
      obs({ metric: "btc_sold", periodEnd: "2024-09-30", value: 5 }),
    ]);
    const q = buildQuarterlyFlow(facts, "TEST", "btc_sold", "12-31");
    expect(q.map((p) => [p.date, p.value, p.derivedFrom?.length ?? 0])).toEqual([
      ["2024-03-31", 900, 0],
      ["2024-06-30", 60, 3],
    ]);
    expect(q[1].factKey).toBe("TEST|btc_sold|2024-06-30|quarter|derived");
    expect(q[1].derivation).toBe("Q2 2024 = sum of the three reported months to 2024-06-30");
  });
});

describe("pivot trajectory", () => {
  test("one point per reported holding, at the contracts announced by then", () => {
    const held = [pt("2025-06-30", 1000), pt("2025-07-31", null), pt("2025-09-30", 900), pt("2025-12-31", 800)];
    const contracts = [
      { date: "2025-09-25", t: 0, value: 3e9, eventId: 1 },
      { date: "2025-11-03", t: 0, value: 8.5e9, eventId: 2 },
    ];
    expect(buildTrajectory(held, contracts).map((p) => [p.date, p.x, p.y])).toEqual([
      ["2025-06-30", 0, 1000],
      ["2025-09-30", 3e9, 900],
      ["2025-12-31", 8.5e9, 800],
    ]);
  });
});
