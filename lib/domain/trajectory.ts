import type { CumulativePoint, SeriesPoint } from "./series";

export interface TrajectoryPoint {
  date: string;
  /** Announced AI/HPC commitment to date (running total of cited contracts). */
  x: number;
  /** BTC held at that date, as reported. */
  y: number;
  factKey: string | null;
}

/**
 * The pivot path: one point per reported BTC-held date, at the commitment announced by that date. The
 * running total only changes on a contract's announcement, so reading it at any date is exact, not estimated;
 * holdings are never carried forward to a contract date.
 */
export function buildTrajectory(
  held: readonly SeriesPoint[],
  commitments: readonly CumulativePoint[],
): TrajectoryPoint[] {
  return held
    .filter((p) => p.value !== null)
    .map((p) => ({
      date: p.date,
      x: commitments.filter((c) => c.date <= p.date).at(-1)?.value ?? 0,
      y: p.value!,
      factKey: p.factKey,
    }));
}

/**
 * Holdings reported before a company's first contract all sit at $0 on the x axis; stacked there they say
 * nothing. Only the last of them is kept, as the path's starting point, and the others are counted so the
 * figure can say so.
 */
export function collapsePreContract(points: readonly TrajectoryPoint[]): {
  points: TrajectoryPoint[];
  omitted: number;
  before: string | null;
} {
  const pre = points.filter((p) => p.x === 0);
  const after = points.filter((p) => p.x > 0);
  if (pre.length <= 1) return { points: [...points], omitted: 0, before: null };
  const start = pre.at(-1)!;
  return { points: [start, ...after], omitted: pre.length - 1, before: after[0]?.date ?? null };
}
