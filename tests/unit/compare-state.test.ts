import { describe, expect, test } from "vitest";
import {
  type CompareState,
  compareHref,
  DEFAULT_COMPARE_STATE,
  parseCompareState,
  serializeCompareState,
} from "@/lib/url/compare-state";

const roundTrip = (s: CompareState) => parseCompareState(new URLSearchParams(serializeCompareState(s)));

describe("compare view state ↔ query string", () => {
  test("defaults serialize to nothing and parse back", () => {
    expect(serializeCompareState(DEFAULT_COMPARE_STATE)).toBe("");
    expect(compareHref(DEFAULT_COMPARE_STATE)).toBe("/compare");
    expect(parseCompareState({})).toEqual({ state: DEFAULT_COMPARE_STATE, notices: [] });
  });

  test.each<[string, Partial<CompareState>, string]>([
    ["companies", { companies: ["RIOT", "MARA"] }, "companies=RIOT~MARA"],
    ["metric", { metric: "hashrate_ehs" }, "metric=hashrate_ehs"],
    ["pair of metrics", { vs: "hpc_contract_value_usd" }, "vs=hpc_contract_value_usd"],
    ["peak lens", { lens: "peak" }, "lens=peak"],
    ["index lens with date", { lens: "index", index: "2024-01-31" }, "lens=index&index=2024-01-31"],
    ["change lens", { lens: "change" }, "lens=change"],
    ["log scale", { scale: "log" }, "scale=log"],
    ["1y preset", { time: { preset: "1y" } }, "time=1y"],
    ["2y preset", { time: { preset: "2y" } }, "time=2y"],
    ["since 2023", { time: { preset: "2023" } }, "time=2023"],
    ["custom range", { time: { from: "2023-03-31", to: "2025-06-30" } }, "time=2023-03-31..2025-06-30"],
    ["open-ended range", { time: { from: "2024-01-01", to: null } }, "time=2024-01-01..latest"],
    ["from earliest", { time: { from: null, to: "2024-12-31" } }, "time=earliest..2024-12-31"],
    ["quarterly", { cadence: "quarterly" }, "cadence=quarterly"],
    ["trajectory", { view: "trajectory" }, "view=trajectory"],
    ["USD view", { usd: true }, "usd=1"],
    ["events off", { events: false }, "events=0"],
  ])("%s round-trips compactly", (_name, patch, query) => {
    const state = { ...DEFAULT_COMPARE_STATE, ...patch };
    expect(serializeCompareState(state)).toBe(query);
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  test("every option at once round-trips", () => {
    const state: CompareState = {
      companies: ["CIFR", "IREN", "WULF"],
      metric: "hpc_revenue_usd",
      vs: "btc_held",
      lens: "index",
      index: "2024-06-30",
      scale: "log",
      time: { from: "2024-01-01", to: "2025-12-31" },
      cadence: "quarterly",
      view: "trajectory",
      usd: true,
      events: false,
      filings: true,
    };
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  test.each([
    ["companies", "riot~~mara~RIOT", ["RIOT", "MARA"]],
    ["companies", " CLSK ", ["CLSK"]],
  ])("companies are normalized: %s=%s", (key, value, expected) => {
    expect(parseCompareState({ [key]: value }).state.companies).toEqual(expected);
  });

  test.each([
    ["metric", "btc_hodl"],
    ["vs", "nope"],
    ["lens", "zoom"],
    ["index", "2024-02-30"],
    ["scale", "sqrt"],
    ["time", "3y"],
    ["time", "2025-01-01..2024-01-01"],
    ["time", "2024-13-01..latest"],
    ["cadence", "weekly"],
    ["view", "pie"],
    ["usd", "yes"],
    ["events", "2"],
    ["companies", "<script>"],
    ["companies", Array.from({ length: 13 }, (_, i) => `T${i}`).join("~")],
  ])("a bad %s (%s) falls back to the default with a notice", (key, value) => {
    const { state, notices } = parseCompareState({ [key]: value });
    expect(state).toEqual(DEFAULT_COMPARE_STATE);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Ignored ${key}=`));
  });

  test("bad values do not disturb good ones; unknown parameters are ignored", () => {
    const { state, notices } = parseCompareState({
      lens: "peak",
      scale: "cubic",
      utm_source: "x",
      metric: ["btc_sold", "btc_held"],
    });
    expect(state).toEqual({ ...DEFAULT_COMPARE_STATE, lens: "peak", metric: "btc_sold" });
    expect(notices).toEqual(['Ignored scale="cubic": use linear or log.']);
  });

  test("a second metric equal to the first is dropped", () => {
    expect(parseCompareState({ metric: "btc_sold", vs: "btc_sold" }).state.vs).toBeNull();
  });
});

describe("company page state", () => {
  test("links keep each other's parameters and write only what differs from the defaults", async () => {
    const { companyHref } = await import("@/lib/url/company-state");
    const current = {
      cadence: "quarterly" as const,
      commitment: "hpc_revenue_usd",
      events: false,
      filings: true,
      periods: "recent" as const,
    };
    const opts = { defaultCommitment: "hpc_contract_value_usd" };
    expect(companyHref("RIOT", current, { periods: "all" }, { ...opts, hash: "figures" })).toBe(
      "/companies/RIOT?cadence=quarterly&commitment=hpc_revenue_usd&events=0&filings=1&periods=all#figures",
    );
    expect(
      companyHref("RIOT", current, { filings: false, cadence: "monthly", events: true, commitment: undefined }, opts),
    ).toBe("/companies/RIOT");
    // Inside an embed a control stays in the embed.
    expect(companyHref("RIOT", current, { cadence: "monthly" }, { ...opts, embed: true })).toBe(
      "/embed/companies/RIOT?commitment=hpc_revenue_usd&events=0&filings=1&view=dates",
    );
  });
});
