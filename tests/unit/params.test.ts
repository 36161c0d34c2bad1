import { describe, expect, test } from "vitest";
import { parseCompanyParams } from "@/lib/schemas/company-params";
import { parseOverviewParams } from "@/lib/schemas/overview-params";
import { parseTicker } from "@/lib/schemas/ticker";

describe("query parameters", () => {
  test("company params: defaults, valid values, and lenient fallback with a notice", () => {
    expect(parseCompanyParams({})).toEqual({
      params: { cadence: "monthly", events: true, filings: false, periods: "recent" },
      notices: [],
    });
    expect(parseCompanyParams({ cadence: "quarterly", commitment: "hpc_revenue_usd", events: "0" }).params).toEqual({
      cadence: "quarterly",
      commitment: "hpc_revenue_usd",
      events: false,
      filings: false,
      periods: "recent",
    });
    expect(parseCompanyParams({ filings: "1" }).params.filings).toBe(true);
    const bad = parseCompanyParams({ cadence: "weekly", commitment: ["btc_held", "x"] });
    expect(bad.params).toEqual({ cadence: "monthly", events: true, filings: false, periods: "recent" });
    expect(bad.notices).toEqual([
      'Ignored cadence="weekly": not a valid option.',
      'Ignored commitment="btc_held": not a valid option.',
    ]);
  });

  test("overview params fall back to the default sort", () => {
    expect(parseOverviewParams({}).params).toEqual({ sort: "held", dir: "desc", q: "", page: 1 });
    expect(parseOverviewParams({ sort: "mw", dir: "asc", q: " riot ", page: "2" })).toEqual({
      params: { sort: "mw", dir: "asc", q: "riot", page: 2 },
      notices: [],
    });
    const bad = parseOverviewParams({ sort: "<script>", dir: "up", page: "-3", q: "x".repeat(61) });
    expect(bad.params).toEqual({ sort: "held", dir: "desc", q: "", page: 1 });
    expect(bad.notices).toHaveLength(4);
  });

  test.each([
    ["RIOT", "RIOT"],
    ["riot", "RIOT"],
    ["BRK.B", "BRK.B"],
    ["%E0%A4%A", null],
    ["../etc", null],
    ["", null],
    ["TOOLONGTICKER", null],
  ])("ticker %s → %s", (raw, expected) => {
    expect(parseTicker(raw)).toBe(expected);
  });
});
