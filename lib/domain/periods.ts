/** Date helpers for YYYY-MM-DD period ends (UTC, no time zones involved). */

export function isQuarterEnd(date: string): boolean {
  return ["03-31", "06-30", "09-30", "12-31"].includes(date.slice(5));
}

/** Last day of the month `months` after the month of `date`. */
export function addMonthEnds(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  // Day 0 of the following month is the last day of the wanted month.
  return new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
}

export function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}
