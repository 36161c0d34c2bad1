import type { PeriodType, Unit } from "./domain/metrics";

/** Display strings for numbers, dates and periods. English, fixed locale so server and client agree. */
const LOCALE = "en-US";

export function formatNumber(value: number, maxFractionDigits = 2): string {
  return value.toLocaleString(LOCALE, { maximumFractionDigits: maxFractionDigits });
}

export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  const compact = (div: number, suffix: string) =>
    `$${(value / div).toLocaleString(LOCALE, { maximumFractionDigits: abs / div >= 100 ? 0 : abs / div >= 10 ? 1 : 2 })}${suffix}`;
  if (abs >= 1e9) return compact(1e9, "B");
  if (abs >= 1e6) return compact(1e6, "M");
  if (abs >= 1e4) return compact(1e3, "K");
  return `$${formatNumber(value)}`;
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case "USD":
      return formatUsd(value);
    case "BTC":
      return `${formatNumber(value)} BTC`;
    case "MW":
      return `${formatNumber(value, 1)} MW`;
    case "EH/s":
      return `${formatNumber(value, 2)} EH/s`;
  }
}

/** Axis tick labels: short, unit-free. */
export function formatAxisNumber(value: number, unit: Unit): string {
  if (unit === "USD") return formatUsd(value);
  const abs = Math.abs(value);
  if (abs >= 1e3) return `${(value / 1e3).toLocaleString(LOCALE, { maximumFractionDigits: 1 })}k`;
  return formatNumber(value, 1);
}

export function formatPercent(ratio: number): string {
  return `${ratio > 0 ? "+" : ratio < 0 ? "−" : ""}${Math.abs(ratio * 100).toLocaleString(LOCALE, { maximumFractionDigits: 0 })}%`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2024-03-31 → "Mar 31, 2024". */
export function formatDate(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`;
}

/** 2024-03-31 → "Mar 2024". */
export function formatMonth(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export function formatTimeTick(t: number): string {
  return formatMonth(new Date(t).toISOString().slice(0, 10));
}

/** How a period reads in tables: "Mar 2024 (month)", "Q1 2024", "FY to Sep 2024", "Nov 3, 2025". */
export function formatPeriod(periodEnd: string, periodType: PeriodType): string {
  switch (periodType) {
    case "month":
      return formatMonth(periodEnd);
    case "quarter":
      return `Quarter to ${formatMonth(periodEnd)}`;
    case "ytd":
      return `Year to date, ${formatMonth(periodEnd)}`;
    case "year":
      return `Year to ${formatMonth(periodEnd)}`;
    case "instant":
      return formatDate(periodEnd);
  }
}

/** Units a chart axis can carry: a metric unit, or the unit-free results of the % of peak and index lenses. */
export type AxisUnit = Unit | "%" | "index";

export function formatAxisValue(v: number, unit: AxisUnit): string {
  if (unit === "%") return `${formatNumber(v, 0)}%`;
  if (unit === "index") return formatNumber(v, 0);
  return formatAxisNumber(v, unit);
}

/** Full-precision text for tooltips and tables, whatever the axis unit. */
export function formatLensValue(v: number, unit: AxisUnit): string {
  if (unit === "%") return `${formatNumber(v, 1)}% of peak`;
  if (unit === "index") return `index ${formatNumber(v, 1)}`;
  return formatValue(v, unit);
}
