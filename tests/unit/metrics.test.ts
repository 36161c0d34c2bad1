import { describe, expect, test } from "vitest";
import { COMMITMENT_METRICS, getMetric, isMetricId, METRIC_IDS, METRICS, UNITS } from "@/lib/domain/metrics";
import { SOURCE_KINDS, tierOfKind } from "@/lib/domain/source-tiers";

describe("metric catalogue", () => {
  test("ids are unique snake_case and match the dataset's metric list", () => {
    expect(new Set(METRIC_IDS).size).toBe(METRICS.length);
    for (const id of METRIC_IDS) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect([...METRIC_IDS].sort()).toEqual(
      [
        "ai_hpc_capex_usd",
        "btc_fair_value_usd",
        "btc_held",
        "btc_mined",
        "btc_sale_proceeds_usd",
        "btc_sold",
        "capex_usd",
        "hashrate_ehs",
        "hpc_contract_value_usd",
        "hpc_contracted_mw",
        "hpc_revenue_usd",
      ].sort(),
    );
  });

  test("every metric has a label, a known unit and a real definition", () => {
    for (const m of METRICS) {
      expect(m.label.length).toBeGreaterThan(2);
      expect(UNITS).toContain(m.unit);
      expect(m.definition.length).toBeGreaterThan(40);
    }
  });

  test("units follow the id suffix", () => {
    for (const m of METRICS) {
      if (m.id.endsWith("_usd")) expect(m.unit).toBe("USD");
      if (m.id.startsWith("btc_") && !m.id.endsWith("_usd")) expect(m.unit).toBe("BTC");
      if (m.id.endsWith("_mw")) expect(m.unit).toBe("MW");
    }
  });

  test("lookup", () => {
    expect(getMetric("btc_held")?.stock).toBe(true);
    expect(getMetric("btc_sold")?.stock).toBe(false);
    expect(getMetric("nope")).toBeNull();
    expect(isMetricId("hashrate_ehs")).toBe(true);
    expect(isMetricId("hashrate")).toBe(false);
    for (const m of COMMITMENT_METRICS) expect(getMetric(m)?.group).toBe("ai_hpc");
  });

  test("source kinds map to tiers", () => {
    expect(tierOfKind("10-Q")).toBe("filing");
    expect(tierOfKind("6-K")).toBe("filing");
    expect(tierOfKind("production-update")).toBe("company");
    expect(tierOfKind("news")).toBe("secondary");
    expect(SOURCE_KINDS.length).toBe(9);
  });
});
