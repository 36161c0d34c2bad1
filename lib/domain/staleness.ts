import { monthsBetween } from "./periods";

/** A figure older than this many months before today is marked stale wherever it is shown. */
export const STALE_AFTER_MONTHS = 6;

export interface Freshness {
  /** The date the figure describes (period end, or the date of a dated fact). */
  asOf: string;
  /** Whole months from `asOf` to today (0 within the same month). */
  ageMonths: number;
  stale: boolean;
  /** "as of Jun 30, 2025 · 17 months old" */
  label: string;
  /** "Jun 30, 2025 · 17 mo" for table cells. */
  compact: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const longDate = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}, ${d.slice(0, 4)}`;

/** How old a figure is against today; stale once more than STALE_AFTER_MONTHS months old. */
export function freshness(asOf: string, today: string): Freshness {
  const whole = monthsBetween(asOf, today) - (Number(today.slice(8, 10)) < Number(asOf.slice(8, 10)) ? 1 : 0);
  const ageMonths = Math.max(0, whole);
  const age =
    ageMonths === 0
      ? "this month"
      : ageMonths < 24
        ? `${ageMonths} month${ageMonths === 1 ? "" : "s"} old`
        : `${Math.floor(ageMonths / 12)} years old`;
  const compactAge = ageMonths === 0 ? "this month" : `${ageMonths} mo`;
  return {
    asOf,
    ageMonths,
    stale: ageMonths > STALE_AFTER_MONTHS,
    label: `as of ${longDate(asOf)} · ${age}`,
    compact: `${longDate(asOf)} · ${compactAge}`,
  };
}
