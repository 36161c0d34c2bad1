import { addMonthEnds } from "./periods";

export type ResolvedRange = { from: string | null; to: string | null };

/**
 * Presets count back from today, so "1Y" means the year to today: a company whose last figure is older shows
 * that as a gap at the end, instead of a year of old figures passing for the latest one.
 */
export function resolveRange(
  range: { preset: "1y" | "2y" | "2023" | "all" } | { from: string | null; to: string | null },
  today: string | null,
): ResolvedRange {
  if (!("preset" in range)) return range;
  switch (range.preset) {
    case "all":
      return { from: null, to: null };
    case "2023":
      return { from: "2023-01-01", to: null };
    case "1y":
    case "2y":
      return today
        ? { from: nextDay(addMonthEnds(today, range.preset === "1y" ? -12 : -24)), to: null }
        : { from: null, to: null };
  }
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function inRange(date: string, r: ResolvedRange): boolean {
  return (r.from === null || date >= r.from) && (r.to === null || date <= r.to);
}
