import { quarterValues } from "./derived-quarters";
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
  const points: SeriesPoint[] = [...quarterValues(facts, ticker, metric, fiscalYearEnd).values()].map((q) => ({
    date: q.periodEnd,
    t: toTime(q.periodEnd),
    value: q.value,
    factKey: q.key,
    ...(q.derived ? { derivedFrom: q.inputs, derivation: q.formula } : {}),
  }));
  // Consecutive quarters only: a missing quarter breaks the line.
  return withGaps(
    points.sort((a, b) => a.t - b.t),
    3,
  );
}
