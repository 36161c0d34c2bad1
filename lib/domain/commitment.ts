import type { Fact } from "./facts";
import { COMMITMENT_METRICS, getMetric, type MetricId } from "./metrics";
import { toTime } from "./periods";
import { buildCumulativeContracts, buildFlowSeries, type Cadence, type SeriesPoint } from "./series";
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
  cadence: Cadence,
): CommitmentSeries {
  const label = getMetric(metric)?.label ?? metric;
  if (metric === "hpc_contract_value_usd") {
    const steps = buildCumulativeContracts(events, ticker, "valueUsd");
    return {
      metric,
      label: "Announced AI/HPC contract value (running total)",
      shape: "step",
      points: steps.map((s) => ({ date: s.date, t: s.t, value: s.value, factKey: null })),
      eventIds: steps.map((s) => s.eventId),
      derivation: "Derived: running total of the announced value of each signed contract, each step cited.",
    };
  }
  if (metric === "hpc_revenue_usd") {
    const periodType =
      cadence === "monthly" && facts.some((f) => f.ticker === ticker && f.metric === metric && f.periodType === "month")
        ? "month"
        : "quarter";
    return {
      metric,
      label: `${label} (${periodType === "month" ? "monthly" : "quarterly"})`,
      shape: "line",
      points: buildFlowSeries(facts, ticker, metric, periodType),
      eventIds: [],
      derivation: null,
    };
  }
  // Contracted MW mixes single contracts with company totals, and capex rows mix instants with periods:
  // joining them with a line would suggest a trend the sources do not state.
  const points = facts
    .filter((f) => f.ticker === ticker && f.metric === metric)
    .map((f) => ({ date: f.periodEnd, t: toTime(f.periodEnd), value: f.displayed.value, factKey: f.key }));
  return { metric, label, shape: "dots", points, eventIds: [], derivation: null };
}
