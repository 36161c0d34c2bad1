import type { SeriesPoint } from "./series";

export interface SeriesInput {
  key: string;
  points: readonly { t: number; value: number | null }[];
}

export interface ChartRows {
  /** One row per distinct time; a series' value is absent where it has no point at that time. */
  rows: Record<string, number>[];
  /** Line segments: a series split at its gaps, each drawn as its own line that bridges only its own rows. */
  segments: { seriesKey: string; dataKey: string }[];
}

/**
 * Merges several series onto one time axis for Recharts. Each series is cut at its null points into
 * segments ("RIOT#0", "RIOT#1"), so a line may join two of its own reported values across another series'
 * dates, but never across its own gap.
 */
export function buildChartRows(series: readonly SeriesInput[]): ChartRows {
  const byTime = new Map<number, Record<string, number>>();
  const segments: ChartRows["segments"] = [];
  for (const s of series) {
    let segment = -1;
    let open = false;
    for (const p of s.points) {
      if (p.value === null) {
        open = false;
        continue;
      }
      if (!open) {
        segment++;
        open = true;
        segments.push({ seriesKey: s.key, dataKey: `${s.key}#${segment}` });
      }
      const row = byTime.get(p.t) ?? { t: p.t };
      row[`${s.key}#${segment}`] = p.value;
      byTime.set(p.t, row);
    }
  }
  return { rows: [...byTime.values()].sort((a, b) => a.t - b.t), segments };
}

export function timeDomain(
  series: readonly { points: readonly SeriesPoint[] | readonly { t: number }[] }[],
): [number, number] | null {
  const ts = series.flatMap((s) => s.points.map((p) => p.t));
  return ts.length ? [Math.min(...ts), Math.max(...ts)] : null;
}
