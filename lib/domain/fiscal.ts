/**
 * Fiscal calendars. A company's fiscal year ends on `fiscalYearEnd` (MM-DD, e.g. "09-30" for CleanSpark);
 * its quarters end 3, 6, 9 and 12 months after the previous year end, and a fiscal year is named by the
 * calendar year it ends in (CleanSpark's FY2025 runs October 2024 to September 2025).
 */

const monthOf = (date: string) => Number(date.slice(5, 7));

/** Months from the fiscal year's start to the end of `periodEnd`'s month: 1–12. */
export function fiscalMonth(periodEnd: string, fiscalYearEnd: string): number {
  const fyeMonth = Number(fiscalYearEnd.slice(0, 2));
  return ((monthOf(periodEnd) - fyeMonth - 1 + 24) % 12) + 1;
}

/** The fiscal year `periodEnd` falls in, named by the calendar year it ends in. */
export function fiscalYear(periodEnd: string, fiscalYearEnd: string): number {
  const year = Number(periodEnd.slice(0, 4));
  return monthOf(periodEnd) <= Number(fiscalYearEnd.slice(0, 2)) ? year : year + 1;
}

/** 1–4 when `periodEnd` is the last day of a fiscal quarter, else null. */
export function fiscalQuarter(periodEnd: string, fiscalYearEnd: string): number | null {
  const m = fiscalMonth(periodEnd, fiscalYearEnd);
  const monthEnd = new Date(Date.UTC(Number(periodEnd.slice(0, 4)), monthOf(periodEnd), 0)).toISOString().slice(0, 10);
  return m % 3 === 0 && monthEnd === periodEnd ? m / 3 : null;
}

/** "Q2 2025" for calendar-year companies, "Q2 FY2025" otherwise; null when not a fiscal quarter end. */
export function fiscalQuarterLabel(periodEnd: string, fiscalYearEnd: string): string | null {
  const q = fiscalQuarter(periodEnd, fiscalYearEnd);
  if (q === null) return null;
  const fy = fiscalYear(periodEnd, fiscalYearEnd);
  return fiscalYearEnd === "12-31" ? `Q${q} ${fy}` : `Q${q} FY${fy}`;
}

/** The span a cumulative figure covers at fiscal quarter k: "Q1", "H1", "9M", "FY". */
export const CUMULATIVE_NAMES = ["", "Q1", "H1", "9M", "FY"] as const;
