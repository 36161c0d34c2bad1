import { type QuarterValue, quarterValues } from "./derived-quarters";
import { eventShortLabel, shortMoney } from "./event-labels";
import type { Fact } from "./facts";
import { fiscalQuarterLabel } from "./fiscal";
import type { HoldingsBasis } from "./holdings-basis";
import type { MetricId } from "./metrics";
import { addMonthEnds, isQuarterEnd } from "./periods";
import type { ChartEvent } from "./types";

export type { QuarterValue };

/** A dated figure inside a quarter: an AI/HPC purchase commitment, or a signed contract. */
export interface QuarterMark {
  date: string;
  /** Short label drawn inside the figure: "Exaion · $168M", "Fluidstack lease · $3.0B · 168 MW". */
  label: string;
  kind: "commitment" | "contract" | "btc_sale";
  value: number | null;
  /** Fact key (commitments) or `event:<id>` (contracts, sales). */
  ref: string;
}

export interface PivotQuarter {
  /** Quarter end, YYYY-MM-DD (fiscal quarters end on calendar quarter ends for every tracked company). */
  end: string;
  /** "Q2 2025" or "Q3 FY2025". */
  label: string;
  held: QuarterValue | null;
  /** BTC held on the company's other basis (an earlier or different definition): its own line, never joined. */
  heldOther: QuarterValue | null;
  sold: QuarterValue | null;
  proceeds: QuarterValue | null;
  mined: QuarterValue | null;
  spend: QuarterValue | null;
  hpcRevenue: QuarterValue | null;
  /** Running total of announced contract value at the quarter end (null before the first contract). */
  contractValueToDate: number | null;
  marks: QuarterMark[];
}

export interface PivotQuarters {
  quarters: PivotQuarter[];
  /** The holdings basis drawn as the main line (the latest figure's). */
  heldBasis: HoldingsBasis | null;
  /** A second basis, drawn as its own dotted line (null when the company states only one). */
  heldOtherBasis: HoldingsBasis | null;
  /** Which spending series the AI side shows: AI/HPC capex where the sources attribute it, else total capex. */
  spend: { metric: "ai_hpc_capex_usd" | "capex_usd"; label: string } | null;
  hasHoldings: boolean;
  /** Treasury side for companies without holdings: BTC mined against sold. */
  treasuryMode: "held" | "mined-vs-sold" | "none";
  hasAiSide: boolean;
}

const quarterOf = (date: string): string => {
  let d = addMonthEnds(date, 0);
  while (!isQuarterEnd(d)) d = addMonthEnds(d, 1);
  return d;
};

/**
 * Both sides of the pivot on one quarterly axis, from the company's reported and derived quarters: BTC held at
 * each quarter end (one basis), BTC sold, sale proceeds and mined per quarter; AI/HPC spending and HPC revenue
 * per quarter; dated commitments, contracts and large sales as labelled marks. A quarter nobody reported is a
 * row of nulls (drawn as a gap), never a zero. The axis runs from the first to the last quarter with any figure.
 */
export function buildPivotQuarters(input: {
  ticker: string;
  fiscalYearEnd: string;
  /** Flow facts (period types kept apart). */
  flowFacts: readonly Fact[];
  /** Stock facts (month and quarter balances at one date merged), for BTC held. */
  stockFacts: readonly Fact[];
  heldBasis: HoldingsBasis | null;
  heldOtherBasis?: HoldingsBasis | null;
  events: readonly ChartEvent[];
}): PivotQuarters {
  const { ticker, fiscalYearEnd, flowFacts, stockFacts, heldBasis, events } = input;
  const heldOtherBasis = input.heldOtherBasis ?? null;
  const flows = (metric: MetricId, filter: (f: Fact) => boolean = () => true) =>
    quarterValues(
      flowFacts.filter((f) => filter(f)),
      ticker,
      metric,
      fiscalYearEnd,
    );
  const balances = (basis: HoldingsBasis | null) => {
    const out = new Map<string, QuarterValue>();
    if (basis === null) return out;
    for (const f of stockFacts)
      if (f.ticker === ticker && f.metric === "btc_held" && f.basis === basis && isQuarterEnd(f.periodEnd))
        out.set(f.periodEnd, {
          key: f.key,
          metric: "btc_held",
          periodEnd: f.periodEnd,
          value: f.displayed.value,
          derived: false,
        });
    return out;
  };
  const held = balances(heldBasis);
  const heldOther = balances(heldOtherBasis);

  const sold = flows("btc_sold");
  const proceeds = flows("btc_sale_proceeds_usd");
  const mined = flows("btc_mined");
  const aiCapex = flows("ai_hpc_capex_usd");
  // Total capex counts only where filings state it: a news total may mix purchases the filing keeps apart.
  const capex = flows("capex_usd", (f) => f.displayed.tier === "filing");
  const spend = aiCapex.size
    ? { metric: "ai_hpc_capex_usd" as const, label: "AI/HPC capex (attributed by the source)", values: aiCapex }
    : capex.size
      ? { metric: "capex_usd" as const, label: "Total capex, all purposes (filings)", values: capex }
      : null;
  const hpcRevenue = flows("hpc_revenue_usd");

  const marks: QuarterMark[] = [];
  for (const f of flowFacts)
    if (f.ticker === ticker && f.metric === "ai_hpc_capex_usd" && f.periodType === "instant")
      marks.push({
        date: f.periodEnd,
        kind: "commitment",
        value: f.displayed.value,
        label: `${commitmentName(f.displayed.quote)} · ${shortMoney(f.displayed.value)}`,
        ref: f.key,
      });
  for (const e of events) {
    if (e.ticker !== ticker) continue;
    if (e.kind === "contract" || e.kind === "btc_sale")
      marks.push({
        date: e.date,
        kind: e.kind,
        value: e.kind === "contract" ? e.valueUsd : e.btc,
        // A sale's label names its own period, so a month inside a quarter's bar never reads as extra.
        label: e.kind === "btc_sale" ? `${eventShortLabel(e)} ${salePeriod(e, fiscalYearEnd)}` : eventShortLabel(e),
        ref: `event:${e.id}`,
      });
  }

  const ends = [
    ...held.keys(),
    ...heldOther.keys(),
    ...sold.keys(),
    ...proceeds.keys(),
    ...mined.keys(),
    ...(spend?.values.keys() ?? []),
    ...hpcRevenue.keys(),
    ...marks.map((m) => quarterOf(m.date)),
  ].sort();
  const quarters: PivotQuarter[] = [];
  if (ends.length) {
    const contracts = events
      .filter((e) => e.ticker === ticker && e.kind === "contract" && e.valueUsd !== null)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    for (let end = ends[0]; end <= ends.at(-1)!; end = addMonthEnds(end, 3)) {
      const signed = contracts.filter((e) => e.date <= end);
      quarters.push({
        end,
        label: fiscalQuarterLabel(end, fiscalYearEnd) ?? end,
        held: held.get(end) ?? null,
        heldOther: heldOther.get(end) ?? null,
        sold: sold.get(end) ?? null,
        proceeds: proceeds.get(end) ?? null,
        mined: mined.get(end) ?? null,
        spend: spend?.values.get(end) ?? null,
        hpcRevenue: hpcRevenue.get(end) ?? null,
        contractValueToDate: signed.length ? signed.reduce((s, e) => s + (e.valueUsd ?? 0), 0) : null,
        marks: marks.filter((m) => quarterOf(m.date) === end).sort((a, b) => (a.date < b.date ? -1 : 1)),
      });
    }
  }
  const hasHoldings = held.size > 0 || heldOther.size > 0;
  return {
    quarters,
    heldBasis,
    heldOtherBasis: heldOther.size ? heldOtherBasis : null,
    spend: spend ? { metric: spend.metric, label: spend.label } : null,
    hasHoldings,
    treasuryMode: hasHoldings ? "held" : mined.size || sold.size ? "mined-vs-sold" : "none",
    hasAiSide: Boolean(spend) || hpcRevenue.size > 0 || marks.some((m) => m.kind !== "btc_sale"),
  };
}

/**
 * A short name for a dated AI/HPC commitment, taken from the source's own words (never a number): the stake,
 * asset, site or supplier its quote names. Rules are tried in order; "AI/HPC spend" when none applies.
 */
const COMMITMENT_NAMES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/stake in ([A-Z][\w&-]*)/, (m) => `${m[1]} stake`],
  [/acquire ([A-Z][\w-]*(?:\s(?:&\s)?[A-Z][\w-]*){0,3})/, (m) => m[1]],
  [/(\d[\d,]*) acres in ([A-Z]\w*(?: [A-Z]\w*)?)/, (m) => `${m[1]} acres, ${m[2]}`],
  [/acres in ([A-Z]\w*)/, (m) => `land, ${m[1]}`],
  [/\b(NVIDIA|Dell)\b/, (m) => `${m[1]} GPUs`],
  [/\b(IT equipment|[Rr]etrofit|property|development costs)\b/, (m) => m[1].charAt(0).toUpperCase() + m[1].slice(1)],
];

export function commitmentName(quote: string): string {
  for (const [re, name] of COMMITMENT_NAMES) {
    const m = re.exec(quote);
    if (m) return name(m);
  }
  return "AI/HPC spend";
}

/** Share of the quarter's production sold, when both are reported for the same quarter (may exceed 100%). */
export function shareSold(q: PivotQuarter): number | null {
  return q.sold && q.mined && q.mined.value > 0 ? q.sold.value / q.mined.value : null;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "in Dec 2025", "in Q1 2024", "on Jan 16, 2026": the period a large sale's figure covers, from its title. */
function salePeriod(e: ChartEvent, fiscalYearEnd: string): string {
  const month = `${MONTH_NAMES[Number(e.date.slice(5, 7)) - 1]} ${e.date.slice(0, 4)}`;
  if (/\(month\)/.test(e.title)) return `in ${month}`;
  if (/\(quarter\)/.test(e.title)) return `in ${fiscalQuarterLabel(e.date, fiscalYearEnd) ?? month}`;
  return `on ${MONTH_NAMES[Number(e.date.slice(5, 7)) - 1]} ${Number(e.date.slice(8, 10))}, ${e.date.slice(0, 4)}`;
}
