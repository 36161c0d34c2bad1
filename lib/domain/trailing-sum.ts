import { type QuarterValue, quarterValues } from "./derived-quarters";
import type { Fact } from "./facts";
import { fiscalQuarterLabel } from "./fiscal";
import type { MetricId } from "./metrics";
import { addMonthEnds } from "./periods";
import { type Freshness, freshness } from "./staleness";

/** One period added into a sum: a reported quarter or month, or a derived quarter (cited by its inputs). */
export interface SumPart extends QuarterValue {
  periodType: "month" | "quarter";
}

/** A sum over an exact run of contiguous periods of one type, with the period and as-of date it states. */
export interface PeriodSum {
  value: number;
  /** First and last day covered. */
  from: string;
  to: string;
  /** "Jul 2024 – Jun 2025" */
  periodLabel: string;
  parts: SumPart[];
  /** "Sum of 4 quarters, Q3 2024 – Q2 2025 (1 derived)" */
  derivation: string;
  freshness: Freshness;
}

/**
 * Without a figure: why, in a sentence, and in a few words for a table cell; and the latest single period
 * reported, so a reader still sees what is known (it is never compared with 12-month sums).
 */
export type TrailingSum =
  | { ok: true; sum: PeriodSum }
  | { ok: false; reason: string; short: string; latest?: SumPart & { label: string } };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthLabel = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
const firstDay = (monthEnd: string) => `${monthEnd.slice(0, 8)}01`;

/**
 * The last 12 months of a flow (BTC sold, proceeds …), the one rule behind every "last 12 months" figure:
 * either 12 consecutive reported months ending at the latest reported month, or 4 consecutive quarters
 * (reported, or derived by lib/domain/derived-quarters.ts) ending at the latest quarter — never a mix, never
 * with a hole. Of the two, the complete one ending later wins; when neither is complete the reason says which
 * period is missing. Periods after today are ignored.
 */
export function trailingTwelveMonths(
  facts: readonly Fact[],
  ticker: string,
  metric: MetricId,
  fiscalYearEnd: string,
  today: string,
): TrailingSum {
  const own = facts.filter((f) => f.ticker === ticker && f.metric === metric && f.periodEnd <= today);
  const months = new Map(own.filter((f) => f.periodType === "month").map((f) => [f.periodEnd, f]));
  const quarters = new Map<string, SumPart>(
    [...quarterValues(own, ticker, metric, fiscalYearEnd)].map(([end, q]) => [end, { ...q, periodType: "quarter" }]),
  );

  const latestMonth = [...months.keys()].sort().at(-1);
  const latestQuarter = [...quarters.keys()].sort().at(-1);
  if (!latestMonth && !latestQuarter)
    return { ok: false, reason: "no month or quarter figures reported", short: "none reported" };

  const byMonths = latestMonth ? window(latestMonth, 12, 1, (end) => monthPart(months.get(end))) : null;
  const byQuarters = latestQuarter ? window(latestQuarter, 4, 3, (end) => quarters.get(end) ?? null) : null;
  const complete = [byMonths, byQuarters]
    .filter((w): w is Window => w !== null && w.missing.length === 0)
    // Later end first; on a tie the reported months beat quarters that may be derived from them.
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : a.step - b.step));
  const best = complete[0];
  if (!best) {
    const latest = [byMonths, byQuarters]
      .filter((w): w is Window => w !== null)
      .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : a.step - b.step))[0];
    const unit = latest.step === 1 ? "months" : "quarters";
    const lastPart = [
      ...(latestQuarter ? [quarters.get(latestQuarter)!] : []),
      ...(latestMonth ? [monthPart(months.get(latestMonth))!] : []),
    ] // The latest period; on a tie a reported figure beats a derived one.
      .sort((a, b) =>
        a.periodEnd < b.periodEnd ? 1 : a.periodEnd > b.periodEnd ? -1 : Number(a.derived) - Number(b.derived),
      )[0];
    return {
      ok: false,
      latest: {
        ...lastPart,
        label:
          lastPart.periodType === "quarter"
            ? (fiscalQuarterLabel(lastPart.periodEnd, fiscalYearEnd) ?? monthLabel(lastPart.periodEnd))
            : monthLabel(lastPart.periodEnd),
      },
      reason: `the 12 months to ${monthLabel(latest.end)} are not all reported (${unit} missing: ${latest.missing.map(monthLabel).join(", ")})`,
      short: `12 months to ${monthLabel(latest.end)} incomplete`,
    };
  }
  const parts = best.parts;
  const from = firstDay(addMonthEnds(best.end, -11));
  const derivedCount = parts.filter((p) => p.derived).length;
  const span =
    best.step === 3
      ? `${fiscalQuarterLabel(parts[0].periodEnd, fiscalYearEnd)} – ${fiscalQuarterLabel(best.end, fiscalYearEnd)}`
      : `${monthLabel(parts[0].periodEnd)} – ${monthLabel(best.end)}`;
  return {
    ok: true,
    sum: {
      value: parts.reduce((s, p) => s + p.value, 0),
      from,
      to: best.end,
      periodLabel: `${monthLabel(addMonthEnds(best.end, -11))} – ${monthLabel(best.end)}`,
      parts,
      derivation: `Sum of ${parts.length} ${best.step === 3 ? "quarters" : "months"}, ${span}${derivedCount ? ` (${derivedCount} derived)` : ""}`,
      freshness: freshness(best.end, today),
    },
  };
}

interface Window {
  end: string;
  step: 1 | 3;
  parts: SumPart[];
  missing: string[];
}

function window(end: string, count: number, step: 1 | 3, part: (end: string) => SumPart | null): Window {
  const parts: SumPart[] = [];
  const missing: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const e = addMonthEnds(end, -i * step);
    const p = part(e);
    if (p) parts.push(p);
    else missing.push(e);
  }
  return { end, step, parts, missing };
}

function monthPart(f: Fact | undefined): SumPart | null {
  return f
    ? {
        key: f.key,
        metric: f.metric,
        periodEnd: f.periodEnd,
        periodType: "month",
        value: f.displayed.value,
        derived: false,
      }
    : null;
}
