import { deriveQuarters } from "./derived-quarters";
import type { Fact } from "./facts";
import type { MetricId } from "./metrics";
import { toTime } from "./periods";
import { type SeriesPoint, withGaps } from "./series";

/**
 * A flow by quarter: the quarters the company reports, plus the quarters lib/domain/derived-quarters.ts can
 * derive (fiscal year to date differences, or three reported months), each marked as derived with its inputs
 * and formula. A reported figure is never second-guessed.
 */
export function buildQuarterlyFlow(
  facts: readonly Fact[],
  ticker: string,
  metric: MetricId,
  fiscalYearEnd: string,
): SeriesPoint[] {
  const reported: SeriesPoint[] = facts
    .filter((f) => f.ticker === ticker && f.metric === metric && f.periodType === "quarter")
    .map((f) => ({ date: f.periodEnd, t: toTime(f.periodEnd), value: f.displayed.value, factKey: f.key }));
  const derived: SeriesPoint[] = deriveQuarters(facts, ticker, metric, fiscalYearEnd).map((d) => ({
    date: d.periodEnd,
    t: toTime(d.periodEnd),
    value: d.value,
    factKey: d.key,
    derivedFrom: d.inputs,
    derivation: d.formula,
  }));
  // Consecutive quarters only: a missing quarter breaks the line.
  return withGaps(
    [...reported, ...derived].sort((a, b) => a.t - b.t),
    3,
  );
}
