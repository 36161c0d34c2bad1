import type { Fact } from "./facts";
import type { MetricId } from "./metrics";
import { addMonthEnds, isQuarterEnd, toTime } from "./periods";
import type { SeriesPoint } from "./series";

/**
 * A flow by quarter: the quarters the company reports, plus — only where a quarter is not reported but all
 * three of its months are — the sum of those months, marked as derived with the months it came from.
 * Months are never summed into a quarter that is reported, so a reported figure is never second-guessed.
 */
export function buildQuarterlyFlow(facts: readonly Fact[], ticker: string, metric: MetricId): SeriesPoint[] {
  const own = facts.filter((f) => f.ticker === ticker && f.metric === metric);
  const quarters = new Map(own.filter((f) => f.periodType === "quarter").map((f) => [f.periodEnd, f]));
  const months = new Map(own.filter((f) => f.periodType === "month").map((f) => [f.periodEnd, f]));
  const points: SeriesPoint[] = [...quarters.values()].map((f) => ({
    date: f.periodEnd,
    t: toTime(f.periodEnd),
    value: f.displayed.value,
    factKey: f.key,
  }));
  for (const end of new Set([...months.keys()].map(quarterEndOf))) {
    if (quarters.has(end)) continue;
    const parts = [addMonthEnds(end, -2), addMonthEnds(end, -1), end].map((d) => months.get(d));
    if (parts.some((p) => !p)) continue;
    points.push({
      date: end,
      t: toTime(end),
      value: parts.reduce((s, p) => s + p!.displayed.value, 0),
      factKey: null,
      derivedFrom: parts.map((p) => p!.key),
    });
  }
  return points.sort((a, b) => a.t - b.t);
}

function quarterEndOf(monthEnd: string): string {
  let d = monthEnd;
  while (!isQuarterEnd(d)) d = addMonthEnds(d, 1);
  return d;
}
