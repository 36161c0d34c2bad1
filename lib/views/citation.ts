import type { Fact } from "../domain/facts";
import { getMetric } from "../domain/metrics";
import type { SourceRef } from "../domain/types";
import { formatPeriod, formatValue } from "../format";

/** Everything the UI shows when a reader asks where a number comes from. Plain data, safe to pass to clients. */
export interface Citation {
  label: string;
  valueText: string;
  periodText: string;
  periodType: Fact["periodType"];
  quote: string;
  source: SourceRef;
  alternates: { valueText: string; quote: string; source: SourceRef }[];
  /** "+0.3% vs the displayed value" style note when sources disagree; null when they agree. */
  disagreement: string | null;
}

export function buildCitation(f: Fact): Citation {
  const metric = getMetric(f.metric);
  const unit = f.displayed.unit;
  return {
    label: metric?.label ?? f.metric,
    valueText: formatValue(f.displayed.value, unit),
    periodText: formatPeriod(f.periodEnd, f.displayed.periodType),
    periodType: f.displayed.periodType,
    quote: f.displayed.quote,
    source: f.displayed.source,
    alternates: f.alternates.map((a) => ({
      valueText: formatValue(a.value, a.unit),
      quote: a.quote,
      source: a.source,
    })),
    disagreement: f.disagrees
      ? `Sources disagree by up to ${(f.maxRelativeGap * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`
      : null,
  };
}
