import { monthsBetween } from "./periods";
import type { SeriesPoint } from "./series";

/** A lensed point keeps its reported value beside the transformed one, so tooltips and tables can show both. */
export interface LensedPoint extends SeriesPoint {
  raw: number | null;
}

const keep = (p: SeriesPoint, value: number | null): LensedPoint => ({ ...p, raw: p.value, value });

export function applyAbsolute(points: readonly SeriesPoint[]): LensedPoint[] {
  return points.map((p) => keep(p, p.value));
}

/** Each value as % of the series' own all-time peak (of what is reported); gaps stay gaps. */
export function applyPercentOfPeak(points: readonly SeriesPoint[]): LensedPoint[] {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const peak = values.length ? Math.max(...values) : 0;
  return points.map((p) => keep(p, p.value === null || peak <= 0 ? null : (p.value / peak) * 100));
}

/**
 * Indexed to 100 at a base date: the base is the reported value at that date, or else the first reported value
 * after it (returned, so the chart can say which date each company is indexed to). No base (or a zero base) → all gaps.
 */
export function applyIndex(
  points: readonly SeriesPoint[],
  baseDate: string,
): { points: LensedPoint[]; baseDate: string | null } {
  const base = points.find((p) => p.date >= baseDate && p.value !== null);
  if (!base?.value) return { points: points.map((p) => keep(p, null)), baseDate: null };
  return {
    points: points.map((p) => keep(p, p.value === null ? null : (p.value / base.value!) * 100)),
    baseDate: base.date,
  };
}

/**
 * Change from the previous period: only between two reported values exactly one step apart (1 month, or 3 for
 * quarterly), so a change never spans an unreported period.
 */
export function applyPeriodChange(points: readonly SeriesPoint[], stepMonths: 1 | 3): LensedPoint[] {
  return points.map((p, i) => {
    const prev = points
      .slice(0, i)
      .reverse()
      .find((q) => q.value !== null);
    const ok =
      p.value !== null && prev?.value != null && prev !== undefined && monthsBetween(prev.date, p.date) === stepMonths;
    return keep(p, ok ? p.value! - prev!.value! : null);
  });
}

/** Log axes need strictly positive values; returns the first offending point so the UI can say why it is off. */
export function findNonPositive(
  series: readonly { key: string; points: readonly { date: string; value: number | null }[] }[],
) {
  for (const s of series) {
    const bad = s.points.find((p) => p.value !== null && p.value <= 0);
    if (bad) return { key: s.key, date: bad.date, value: bad.value! };
  }
  return null;
}
