import type { Fact } from "./facts";
import { buildStockSeries, type SeriesPoint, stockBases } from "./series";
import { type Freshness, freshness } from "./staleness";
import { type TrailingSum, trailingTwelveMonths } from "./trailing-sum";
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
  /** How old the latest BTC held is against today; stale past six months. */
  heldFreshness: Freshness | null;
  peakHeld: CitedFigure | null;
  /** (latest − peak) / peak; null when there is no held series. */
  changeFromPeak: number | null;
  /** BTC sold over the last 12 months reported, contiguous periods of one type only (lib/domain/trailing-sum.ts). */
  soldLast12m: TrailingSum;
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
  today: string,
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
    heldFreshness: latest ? freshness(latest.periodEnd, today) : null,
    peakHeld: peak ? cite(peak) : null,
    changeFromPeak:
      latest && peak && peak.displayed.value > 0
        ? (latest.displayed.value - peak.displayed.value) / peak.displayed.value
        : null,
    soldLast12m: trailingTwelveMonths(flowFacts, company.ticker, "btc_sold", company.fiscalYearEnd, today),
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
