import type { Fact } from "./facts";
import { buildMetricSeries } from "./metric-series";
import { COMMITMENT_METRICS, getMetric, type MetricId } from "./metrics";
import type { Cadence, SeriesPoint } from "./series";
import type { ChartEvent } from "./types";

export interface CommitmentSeries {
  metric: MetricId;
  label: string;
  /** line: one reported period after another; step: running total; dots: unconnected dated figures. */
  shape: "line" | "step" | "dots";
  points: SeriesPoint[];
  /** Event ids behind each step of a running total, parallel to points (step shape only). */
  eventIds: (number | null)[];
  derivation: string | null;
}

/** The AI/HPC metrics a company has data for, in the pivot chart's order of preference. */
export function availableCommitments(
  facts: readonly Fact[],
  events: readonly ChartEvent[],
  ticker: string,
): MetricId[] {
  return COMMITMENT_METRICS.filter((m) =>
    m === "hpc_contract_value_usd"
      ? events.some((e) => e.kind === "contract" && e.ticker === ticker && e.valueUsd !== null)
      : facts.some((f) => f.ticker === ticker && f.metric === m),
  );
}

export function buildCommitmentSeries(
  metric: MetricId,
  facts: readonly Fact[],
  events: readonly ChartEvent[],
  ticker: string,
  fiscalYearEnd: string,
  cadence: Cadence,
): CommitmentSeries {
  // The same series the API and /compare return for this metric, so a download always equals the chart.
  const points = buildMetricSeries(metric, ticker, fiscalYearEnd, cadence, facts, facts, events);
  if (metric === "hpc_contract_value_usd") {
    return {
      metric,
      label: "Announced AI/HPC contract value (running total)",
      shape: "step",
      points,
      eventIds: points.map((p) => Number(p.derivedFrom?.[0]?.replace("event:", "") ?? Number.NaN)),
      derivation: "Derived: running total of the announced value of each signed contract, each step cited.",
    };
  }
  const label = getMetric(metric)?.label ?? metric;
  // Contracted MW mixes single contracts with company totals, and capex rows mix instants with periods:
  // joining them with a line would suggest a trend the sources do not state.
  return {
    metric,
    label,
    shape: metric === "hpc_revenue_usd" ? "line" : "dots",
    points,
    eventIds: [],
    derivation: null,
  };
}
