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
