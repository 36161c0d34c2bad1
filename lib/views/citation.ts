import type { QuarterValue } from "../domain/derived-quarters";
import type { Fact } from "../domain/facts";
import { BASIS_LABELS, type HoldingsBasis } from "../domain/holdings-basis";
import { getMetric, type MetricId } from "../domain/metrics";
import type { SeriesPoint } from "../domain/series";
import type { TrailingSum } from "../domain/trailing-sum";
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
  /** Holdings only, when not simply as reported: what the count includes ("excluding collateral"). */
  basis?: { id: HoldingsBasis; label: string; definition: string };
  /** A derived figure: its formula and every input, each with its own source. */
  derivation?: { formula: string; inputs: Omit<Citation, "alternates" | "disagreement" | "derivation">[] };
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
    ...(f.basis !== "as-reported" ? { basis: { id: f.basis, ...BASIS_LABELS[f.basis] } } : {}),
    // A figure the document states only as parts (a sum of statement lines): flagged, its quote lists them.
    ...(f.displayed.derivation ? { derivation: { formula: f.displayed.derivation, inputs: [] } } : {}),
  };
}

/**
 * The citation of a derived point (a quarter computed from two year-to-date figures or three months): its
 * value and formula, and each input's own citation. The card and every export show all of them.
 */
export function buildDerivedCitation(
  metric: MetricId,
  point: SeriesPoint,
  factByKey: ReadonlyMap<string, Fact>,
): Citation | null {
  if (point.value === null || !point.derivation || !point.derivedFrom) return null;
  const inputs = point.derivedFrom.map((k) => factByKey.get(k)).filter((f): f is Fact => f !== undefined);
  if (inputs.length !== point.derivedFrom.length) return null;
  const unit = getMetric(metric)?.unit ?? "USD";
  return {
    label: getMetric(metric)?.label ?? metric,
    valueText: formatValue(point.value, unit),
    periodText: `${formatPeriod(point.date, "quarter")}, derived`,
    periodType: "quarter",
    quote: `Derived: ${point.derivation}`,
    source: inputs[0].displayed.source,
    alternates: [],
    disagreement: null,
    derivation: {
      formula: point.derivation,
      inputs: inputs.map((f) => {
        const { alternates: _a, disagreement: _d, ...rest } = buildCitation(f);
        return rest;
      }),
    },
  };
}

/**
 * Citations for quarter values: a reported quarter is its fact's citation, a derived one lists its inputs.
 * The one way every view cites the quarters it draws or adds up.
 */
export function citeQuarterValues(
  values: readonly QuarterValue[],
  factByKey: ReadonlyMap<string, Fact>,
  into: Record<string, Citation>,
): Record<string, Citation> {
  const series = values.map((v) => ({
    metric: v.metric,
    points: [
      {
        date: v.periodEnd,
        t: 0,
        value: v.value,
        factKey: v.key,
        ...(v.derived ? { derivedFrom: v.inputs, derivation: v.formula } : {}),
      },
    ],
  }));
  return citePoints(series, factByKey, into);
}

/** Citations for every period added into a 12-month sum. */
export function citeSumParts(
  sum: TrailingSum,
  facts: readonly Fact[],
  into: Record<string, Citation>,
): Record<string, Citation> {
  return sum.ok ? citeQuarterValues(sum.sum.parts, new Map(facts.map((f) => [f.key, f])), into) : into;
}

/** Citations for every point of some series: stored facts and derived quarters alike. */
export function citePoints(
  series: readonly { metric: MetricId; points: readonly SeriesPoint[] }[],
  factByKey: ReadonlyMap<string, Fact>,
  into: Record<string, Citation> = {},
): Record<string, Citation> {
  for (const s of series) {
    for (const p of s.points) {
      for (const k of p.derivedFrom ?? []) {
        const f = factByKey.get(k);
        if (f) into[k] ??= buildCitation(f);
      }
      if (!p.factKey || into[p.factKey]) continue;
      const f = factByKey.get(p.factKey);
      const c = f ? buildCitation(f) : buildDerivedCitation(s.metric, p, factByKey);
      if (c) into[p.factKey] = c;
    }
  }
  return into;
}
