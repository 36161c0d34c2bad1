import type { Fact } from "./facts";
import { CUMULATIVE_NAMES, fiscalQuarter, fiscalQuarterLabel, fiscalYear } from "./fiscal";
import type { MetricId } from "./metrics";
import { addMonthEnds, isQuarterEnd } from "./periods";

/** Flows whose missing quarters may be derived; stocks (BTC held) and dated commitments never are. */
export const DERIVABLE_METRICS: readonly MetricId[] = [
  "capex_usd",
  "btc_sale_proceeds_usd",
  "hpc_revenue_usd",
  "btc_mined",
  "btc_sold",
];

/** A quarter no source states, computed from figures that are stated. Flagged as derived wherever shown. */
export interface DerivedQuarter {
  key: string;
  ticker: string;
  metric: MetricId;
  periodEnd: string;
  value: number;
  method: "ytd-difference" | "monthly-sum";
  /** The facts it was computed from, in the order of the formula. */
  inputs: string[];
  /** "Q2 2025 = H1 (6 months to Jun 30, 2025) − Q1 (3 months to Mar 31, 2025)" */
  formula: string;
}

export const derivedKey = (ticker: string, metric: string, periodEnd: string) =>
  `${ticker}|${metric}|${periodEnd}|quarter|derived`;

/**
 * What a filed figure measures, so only like is subtracted from like: an XBRL fact's concept and dimensions
 * (its quote names them), or "text" for a figure quoted from a filing's words or tables.
 */
function definitionOf(f: Fact): string {
  const q = f.displayed.quote;
  const concepts = /^XBRL (.+?) = /.exec(q)?.[1];
  return concepts ? `${concepts} ${/\[.*\]$/.exec(q)?.[0] ?? ""}` : "text";
}

/** Months an XBRL duration covers, read from its quote; null for text quotes. */
function statedMonths(f: Fact): number | null {
  const m = /(\d{4})-(\d{2})-\d{2} to (\d{4})-(\d{2})-\d{2}/.exec(f.displayed.quote);
  if (!m) return null;
  // A duration from the 1st of a month to a month end covers whole months.
  return (Number(m[3]) - Number(m[1])) * 12 + Number(m[4]) - Number(m[2]) + 1;
}

/**
 * The company's filed cumulative figure for fiscal quarter k of the year ending in quarter `end`: the
 * quarter itself for k = 1, the fiscal year to date for k = 2 and 3, the fiscal year for k = 4. Only
 * filing-tier figures count (a 10-Q's year to date is fiscal by rule; a news "year to date" may be
 * calendar), and an XBRL figure must cover exactly 3k months.
 */
function cumulative(facts: Map<string, Fact>, end: string, k: number): Fact | null {
  const type = k === 1 ? "quarter" : k === 4 ? "year" : "ytd";
  const f = facts.get(`${end}|${type}`);
  if (f?.displayed.tier !== "filing") return null;
  const months = statedMonths(f);
  return months === null || months === 3 * k ? f : null;
}

const SPAN = (k: number) => (k === 1 ? "3 months" : k === 4 ? "12 months" : `${3 * k} months`);

/**
 * Quarters a company does not report, derived two ways and only these:
 * 1. the difference of two filed cumulative figures of the same fiscal year, metric and definition
 *    (Q2 = H1 − Q1, Q3 = 9M − H1, Q4 = FY − 9M), fiscal-year aware, never across fiscal years;
 * 2. the sum of the quarter's three reported months, only when all three are reported.
 * A reported quarter is never replaced; a negative difference (inputs that do not fit) derives nothing.
 */
export function deriveQuarters(
  facts: readonly Fact[],
  ticker: string,
  metric: MetricId,
  fiscalYearEnd: string,
): DerivedQuarter[] {
  if (!DERIVABLE_METRICS.includes(metric)) return [];
  const own = facts.filter((f) => f.ticker === ticker && f.metric === metric);
  const byPeriod = new Map(own.map((f) => [`${f.periodEnd}|${f.periodType}`, f]));
  const reported = new Set(own.filter((f) => f.periodType === "quarter").map((f) => f.periodEnd));
  const out = new Map<string, DerivedQuarter>();

  for (const later of own) {
    const k = fiscalQuarter(later.periodEnd, fiscalYearEnd);
    if (k === null || k === 1 || reported.has(later.periodEnd)) continue;
    const hi = cumulative(byPeriod, later.periodEnd, k);
    if (hi !== later) continue;
    const prevEnd = addMonthEnds(later.periodEnd, -3);
    const lo = cumulative(byPeriod, prevEnd, k - 1);
    if (!lo || fiscalYear(prevEnd, fiscalYearEnd) !== fiscalYear(later.periodEnd, fiscalYearEnd)) continue;
    if (definitionOf(lo) !== definitionOf(hi)) continue;
    const value = hi.displayed.value - lo.displayed.value;
    if (value < 0) continue;
    const label = fiscalQuarterLabel(later.periodEnd, fiscalYearEnd) ?? `Quarter to ${later.periodEnd}`;
    out.set(later.periodEnd, {
      key: derivedKey(ticker, metric, later.periodEnd),
      ticker,
      metric,
      periodEnd: later.periodEnd,
      value,
      method: "ytd-difference",
      inputs: [hi.key, lo.key],
      formula: `${label} = ${CUMULATIVE_NAMES[k]} (${SPAN(k)} to ${later.periodEnd}) − ${CUMULATIVE_NAMES[k - 1]} (${SPAN(k - 1)} to ${prevEnd})`,
    });
  }

  const months = new Map(own.filter((f) => f.periodType === "month").map((f) => [f.periodEnd, f]));
  for (const end of new Set([...months.keys()].map(quarterEndOf))) {
    if (reported.has(end) || out.has(end)) continue;
    const parts = [addMonthEnds(end, -2), addMonthEnds(end, -1), end].map((d) => months.get(d));
    if (parts.some((p) => !p)) continue;
    const label = fiscalQuarterLabel(end, fiscalYearEnd) ?? `Quarter to ${end}`;
    out.set(end, {
      key: derivedKey(ticker, metric, end),
      ticker,
      metric,
      periodEnd: end,
      value: parts.reduce((s, p) => s + p!.displayed.value, 0),
      method: "monthly-sum",
      inputs: parts.map((p) => p!.key),
      formula: `${label} = sum of the three reported months to ${end}`,
    });
  }
  return [...out.values()].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1));
}

function quarterEndOf(monthEnd: string): string {
  let d = monthEnd;
  while (!isQuarterEnd(d)) d = addMonthEnds(d, 1);
  return d;
}

/** One quarter's figure: a reported quarter, or a derived one with its inputs and formula. */
export interface QuarterValue {
  /** Fact key, or a derived quarter's key. */
  key: string;
  metric: MetricId;
  periodEnd: string;
  value: number;
  derived: boolean;
  inputs?: string[];
  formula?: string;
}

/**
 * A flow's quarters by period end: the reported quarters, then the derived ones where none is reported. The one
 * place that combines the two, for the quarterly charts, the pivot figure and the 12-month sums.
 */
export function quarterValues(
  facts: readonly Fact[],
  ticker: string,
  metric: MetricId,
  fiscalYearEnd: string,
): Map<string, QuarterValue> {
  const own = facts.filter((f) => f.ticker === ticker && f.metric === metric);
  const out = new Map<string, QuarterValue>();
  for (const f of own)
    if (f.periodType === "quarter")
      out.set(f.periodEnd, { key: f.key, metric, periodEnd: f.periodEnd, value: f.displayed.value, derived: false });
  for (const d of deriveQuarters(own, ticker, metric, fiscalYearEnd))
    if (!out.has(d.periodEnd))
      out.set(d.periodEnd, {
        key: d.key,
        metric,
        periodEnd: d.periodEnd,
        value: d.value,
        derived: true,
        inputs: d.inputs,
        formula: d.formula,
      });
  return out;
}
