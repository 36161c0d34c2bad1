import type { Fact } from "./facts";
import { getMetric, type MetricId } from "./metrics";
import { buildQuarterlyFlow } from "./quarterly";
import { buildCumulativeContracts, buildFlowSeries, buildStockSeries, type Cadence, type SeriesPoint } from "./series";
import type { ChartEvent } from "./types";

/**
 * One company's series for any metric, the way every chart draws it: balances at their dates, flows per month
 * or quarter (derived quarters marked), contract value as the running total of announced contracts.
 */
export function buildMetricSeries(
  metric: MetricId,
  ticker: string,
  cadence: Cadence,
  stockFacts: readonly Fact[],
  flowFacts: readonly Fact[],
  events: readonly ChartEvent[],
): SeriesPoint[] {
  if (metric === "hpc_contract_value_usd") {
    return buildCumulativeContracts(events, ticker, "valueUsd").map((c) => ({
      date: c.date,
      t: c.t,
      value: c.value,
      factKey: null,
    }));
  }
  if (getMetric(metric)?.stock) return buildStockSeries(stockFacts, ticker, metric, cadence);
  if (cadence === "quarterly") return buildQuarterlyFlow(flowFacts, ticker, metric);
  const monthly = buildFlowSeries(flowFacts, ticker, metric, "month");
  // Companies that report a flow only by quarter still show it; the subtitle says the cadence differs.
  return monthly.some((p) => p.value !== null) ? monthly : buildFlowSeries(flowFacts, ticker, metric, "quarter");
}

export function metricAxisLabel(metric: MetricId): string {
  return metric === "hpc_contract_value_usd"
    ? "Announced AI/HPC contract value (running total)"
    : (getMetric(metric)?.label ?? metric);
}
