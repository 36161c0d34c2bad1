import type { Fact } from "./facts";
import type { HoldingsBasis } from "./holdings-basis";
import type { MetricId } from "./metrics";
import { addMonthEnds, isQuarterEnd, monthsBetween, toTime } from "./periods";
import type { ChartEvent } from "./types";

export type Cadence = "monthly" | "quarterly";

/** A chart point; `value: null` marks a period the company did not report, drawn as a break in the line. */
export interface SeriesPoint {
  date: string;
  t: number;
  value: number | null;
  /** The fact behind the point: a stored fact, a derived quarter's key, or null for gaps and running totals. */
  factKey: string | null;
  /** For a derived point: the facts (or `event:<id>`s) it was computed from, in formula order. */
  derivedFrom?: string[];
  /** For a derived point: how, in words ("Q2 2025 = H1 (6 months to …) − Q1 (3 months to …)"). */
  derivation?: string;
}

/**
 * The bases a company states a stock on, the basis of its latest figure first: that one is the company's
 * headline series (latest figure, peak, % from peak), the others are drawn beside it, never joined to it.
 */
export function stockBases(facts: readonly Fact[], ticker: string, metric: MetricId): HoldingsBasis[] {
  const own = facts.filter((f) => f.ticker === ticker && f.metric === metric);
  const order = [...own].reverse().map((f) => f.basis);
  return [...new Set(order)];
}

/**
 * A stock series (BTC held, hashrate) for one company on one basis (default: its latest figure's), one
 * point per reported date. Quarterly keeps quarter-end balances only.
 */
export function buildStockSeries(
  facts: readonly Fact[],
  ticker: string,
  metric: MetricId,
  cadence: Cadence,
  basis: HoldingsBasis | null = null,
): SeriesPoint[] {
  const wanted = basis ?? stockBases(facts, ticker, metric)[0] ?? "as-reported";
  const own = facts.filter(
    (f) =>
      f.ticker === ticker &&
      f.metric === metric &&
      f.basis === wanted &&
      (cadence === "monthly" || isQuarterEnd(f.periodEnd)),
  );
  const points: SeriesPoint[] = own.map((f) => ({
    date: f.periodEnd,
    t: toTime(f.periodEnd),
    value: f.displayed.value,
    factKey: f.key,
  }));
  return withGaps(points);
}

/** Longest silence a line may bridge; beyond it the line breaks. A quarter, so quarterly reporters draw a line. */
export const MAX_BRIDGED_MONTHS = 3;

/**
 * Inserts a null point after any reported point followed by more than MAX_BRIDGED_MONTHS of silence, so the
 * chart shows a break there. Lines only ever join two reported values; nothing is interpolated or filled.
 */
export function withGaps(points: SeriesPoint[], maxBridged = MAX_BRIDGED_MONTHS): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const [i, p] of points.entries()) {
    const prev = points[i - 1];
    if (prev && monthsBetween(prev.date, p.date) > maxBridged) {
      const gapDate = addMonthEnds(prev.date, 1);
      out.push({ date: gapDate, t: toTime(gapDate), value: null, factKey: null });
    }
    out.push(p);
  }
  return out;
}

/**
 * A flow (mined, sold, revenue) for one period type; never mixed with other period types. A flow line joins
 * consecutive periods only: one missing month (or quarter) breaks it, since a flow is not a level to bridge.
 */
export function buildFlowSeries(
  facts: readonly Fact[],
  ticker: string,
  metric: MetricId,
  periodType: "month" | "quarter",
): SeriesPoint[] {
  const points = facts
    .filter((f) => f.ticker === ticker && f.metric === metric && f.periodType === periodType)
    .map((f) => ({ date: f.periodEnd, t: toTime(f.periodEnd), value: f.displayed.value, factKey: f.key }));
  return withGaps(points, periodType === "month" ? 1 : 3);
}

/** Instant facts (signed contracts, GPU purchases) as dated points, not connected. */
export function buildInstantPoints(facts: readonly Fact[], ticker: string, metric: MetricId): SeriesPoint[] {
  return facts
    .filter((f) => f.ticker === ticker && f.metric === metric && f.periodType === "instant")
    .map((f) => ({ date: f.periodEnd, t: toTime(f.periodEnd), value: f.displayed.value, factKey: f.key }));
}

export interface CumulativePoint {
  date: string;
  t: number;
  value: number;
  eventId: number;
}

/**
 * Running total of announced contract value (or MW) from contract events. It is a derived figure: each step
 * is one cited contract; contracts without a stated amount add nothing and are listed beside the chart.
 */
export function buildCumulativeContracts(
  events: readonly ChartEvent[],
  ticker: string,
  field: "valueUsd" | "mw",
): CumulativePoint[] {
  let total = 0;
  return events
    .filter((e) => e.kind === "contract" && e.ticker === ticker && e[field] !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => {
      total += e[field] ?? 0;
      return { date: e.date, t: toTime(e.date), value: total, eventId: e.id };
    });
}
