import type { Fact } from "./facts";
import { monthsBetween } from "./periods";
import { buildStockSeries, type SeriesPoint, stockBases } from "./series";
import type { ChartEvent, CompanySummary, SourcedValue } from "./types";

/** A figure shown in the overview table, with the fact(s) it rests on so the UI can cite them. */
export interface CitedFigure {
  value: number;
  date: string;
  facts: Fact[];
  /** Explains how a derived figure was computed; null for a figure a source states directly. */
  derivation: string | null;
}

export interface OverviewRow {
  company: CompanySummary;
  latestHeld: CitedFigure | null;
  peakHeld: CitedFigure | null;
  /** (latest − peak) / peak; null when there is no held series. */
  changeFromPeak: number | null;
  recentSold: CitedFigure | null;
  contractedMw: CitedFigure | null;
  contractValue: { value: number; count: number; events: ChartEvent[]; lastDate: string } | null;
  latestSourceDate: string | null;
  sparkline: SeriesPoint[];
}

export function buildOverviewRow(
  company: CompanySummary,
  values: readonly SourcedValue[],
  stockFacts: readonly Fact[],
  flowFacts: readonly Fact[],
  events: readonly ChartEvent[],
): OverviewRow {
  // Latest, peak and % from peak on one basis: the latest figure's. Another definition is not a dip.
  const basis = stockBases(stockFacts, company.ticker, "btc_held")[0];
  const held = stockFacts.filter((f) => f.ticker === company.ticker && f.metric === "btc_held" && f.basis === basis);
  const latest = held.at(-1);
  const peak = held.reduce<Fact | undefined>(
    (best, f) => (!best || f.displayed.value > best.displayed.value ? f : best),
    undefined,
  );
  const mw = stockFacts
    .filter((f) => f.ticker === company.ticker && f.metric === "hpc_contracted_mw")
    .reduce<Fact | undefined>((best, f) => (!best || f.displayed.value > best.displayed.value ? f : best), undefined);
  const contracts = events.filter((e) => e.kind === "contract" && e.ticker === company.ticker && e.valueUsd !== null);
  const dates = values
    .filter((v) => v.ticker === company.ticker)
    .map((v) => v.source.date)
    .filter((d): d is string => d !== null);
  return {
    company,
    latestHeld: latest ? cite(latest) : null,
    peakHeld: peak ? cite(peak) : null,
    changeFromPeak:
      latest && peak && peak.displayed.value > 0
        ? (latest.displayed.value - peak.displayed.value) / peak.displayed.value
        : null,
    recentSold: buildRecentSold(flowFacts.filter((f) => f.ticker === company.ticker && f.metric === "btc_sold")),
    contractedMw: mw
      ? { ...cite(mw), derivation: "Largest figure reported (a company total or a single contract; see source)" }
      : null,
    contractValue: contracts.length
      ? {
          value: contracts.reduce((s, e) => s + (e.valueUsd ?? 0), 0),
          count: contracts.length,
          events: contracts,
          lastDate:
            contracts
              .map((e) => e.date)
              .sort()
              .at(-1) ?? "",
        }
      : null,
    latestSourceDate: dates.length ? dates.sort().at(-1)! : null,
    sparkline: buildStockSeries(stockFacts, company.ticker, "btc_held", "monthly"),
  };
}

function cite(f: Fact): CitedFigure {
  return { value: f.displayed.value, date: f.periodEnd, facts: [f], derivation: null };
}

/**
 * BTC sold in the four latest reported quarters, or months when the company reports monthly more recently.
 * A derived sum: the periods are listed, and a non-consecutive run says so rather than pretending to a year.
 */
export function buildRecentSold(soldFacts: readonly Fact[]): CitedFigure | null {
  const pick = (type: "quarter" | "month") => soldFacts.filter((f) => f.periodType === type).slice(-4);
  const quarters = pick("quarter");
  const months = pick("month");
  const lastQ = quarters.at(-1)?.periodEnd ?? "";
  const lastM = months.at(-1)?.periodEnd ?? "";
  const [facts, unit] = lastQ && lastQ >= lastM ? [quarters, "quarter"] : [months, "month"];
  if (facts.length === 0) return null;
  const value = facts.reduce((s, f) => s + f.displayed.value, 0);
  const span = `${facts[0].periodEnd} to ${facts.at(-1)!.periodEnd}`;
  const consecutive = facts.every(
    (f, i) => i === 0 || monthsBetween(facts[i - 1].periodEnd, f.periodEnd) === (unit === "quarter" ? 3 : 1),
  );
  return {
    value,
    date: facts.at(-1)!.periodEnd,
    facts,
    derivation: `Sum of the ${facts.length} latest reported ${unit}s (${span})${consecutive ? "" : ", not consecutive"}`,
  };
}
