import type { Fact } from "./facts";
import type { HoldingsBasis } from "./holdings-basis";
import { getMetric, type MetricId } from "./metrics";
import { toTime } from "./periods";

/** Metrics whose instant rows are dated commitments (a GPU purchase), drawn as points, never summed. */
const DATED_METRICS = new Set<MetricId>(["ai_hpc_capex_usd"]);

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
  fiscalYearEnd: string,
  cadence: Cadence,
  stockFacts: readonly Fact[],
  flowFacts: readonly Fact[],
  events: readonly ChartEvent[],
  /** Stocks: which holdings basis (default: the latest figure's). */
  basis: HoldingsBasis | null = null,
): SeriesPoint[] {
  if (metric === "hpc_contract_value_usd") {
    return buildCumulativeContracts(events, ticker, "valueUsd").map((c) => ({
      date: c.date,
      t: c.t,
      value: c.value,
      factKey: null,
      // Each step cites the contract event that made it.
      derivedFrom: [`event:${c.eventId}`],
      derivation: "running total of announced contracts",
    }));
  }
  if (getMetric(metric)?.stock) return buildStockSeries(stockFacts, ticker, metric, cadence, basis);
  if (DATED_METRICS.has(metric)) {
    // Commitments are announced on a date: every dated figure is drawn, next to any period totals.
    return flowFacts
      .filter(
        (f) =>
          f.ticker === ticker &&
          f.metric === metric &&
          (f.periodType === "instant" ||
            f.periodType === (cadence === "quarterly" ? "quarter" : "month") ||
            f.periodType === "quarter"),
      )
      .map((f) => ({ date: f.periodEnd, t: toTime(f.periodEnd), value: f.displayed.value, factKey: f.key }));
  }
  if (cadence === "quarterly") return buildQuarterlyFlow(flowFacts, ticker, metric, fiscalYearEnd);
  const monthly = buildFlowSeries(flowFacts, ticker, metric, "month");
  // Companies that report a flow only by quarter are shown at their quarters; the view names them in a notice.
  return monthly.some((p) => p.value !== null) ? monthly : buildQuarterlyFlow(flowFacts, ticker, metric, fiscalYearEnd);
}

export function metricAxisLabel(metric: MetricId): string {
  return metric === "hpc_contract_value_usd"
    ? "Announced AI/HPC contract value (running total)"
    : (getMetric(metric)?.label ?? metric);
}
