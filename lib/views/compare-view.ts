import "server-only";
import { cachedView } from "../cache/data-cache";
import { getCompanies } from "../db/companies";
import { getEvents } from "../db/events";
import { getSourcedValues } from "../db/observations";
import { getBtcPrices } from "../db/prices";
import { companyColor } from "../domain/company-colors";
import { buildFacts } from "../domain/facts";
import { BASIS_LABELS, type HoldingsBasis } from "../domain/holdings-basis";
import {
  applyAbsolute,
  applyIndex,
  applyPercentOfPeak,
  applyPeriodChange,
  findNonPositive,
  type LensedPoint,
} from "../domain/lenses";
import { buildMetricSeries, metricAxisLabel } from "../domain/metric-series";
import { getMetric, type MetricId, type Unit } from "../domain/metrics";
import { buildCumulativeContracts, type SeriesPoint, stockBases } from "../domain/series";
import { inRange, resolveRange } from "../domain/time-range";
import { today } from "../domain/today";
import { buildTrajectory, collapsePreContract, type TrajectoryPoint } from "../domain/trajectory";
import type { ChartEvent } from "../domain/types";
import { valueHoldingsInUsd } from "../domain/usd-value";
import { type CompareState, DEFAULT_COMPARE_STATE, serializeCompareState } from "../url/compare-state";
import { buildCitation, type Citation, citePoints } from "./citation";

export interface CompareSeries {
  /** Unique per drawn line: ticker, metric and, for holdings stated on several bases, the basis. */
  key: string;
  ticker: string;
  /** Holdings only: what the count includes; each basis is its own line, the latest figure's first. */
  basis: HoldingsBasis;
  /** "RIOT BTC held, as reported" for a company's second basis; the ticker alone otherwise. */
  label: string;
  name: string;
  color: string;
  axis: "left" | "right";
  metric: MetricId;
  points: (LensedPoint & { priceRef?: number | null; btc?: number | null })[];
  /** Index lens: the date each company is actually indexed to. */
  baseDate?: string | null;
}

/** Everything /compare (and its API twin later) renders, built from one parsed state. */
export function getCompareView(state: CompareState) {
  // Keyed by the normalised state, so every address that means the same view shares one cache entry.
  return cachedCompareView(serializeCompareState(state), state);
}

const cachedCompareView = cachedView("compare-view", (_key: string, state: CompareState) => buildCompareView(state));

async function buildCompareView(state: CompareState) {
  const [companies, prices] = await Promise.all([getCompanies(), getBtcPrices()]);
  const notices: string[] = [];
  const known = new Set(companies.map((c) => c.ticker));
  let tickers = state.companies.filter((t) => known.has(t));
  const unknown = state.companies.filter((t) => !known.has(t));
  if (unknown.length) notices.push(`Not tracked, left out: ${unknown.join(", ")}.`);
  if (tickers.length === 0) tickers = DEFAULT_COMPARE_STATE.companies.filter((t) => known.has(t));
  let effective = { ...state, companies: tickers };
  if (effective.usd && effective.metric !== "btc_held") {
    notices.push("The USD view values BTC held; switched the metric to BTC held.");
    effective = { ...effective, metric: "btc_held" };
  }

  const perCompany = await Promise.all(tickers.map((t) => Promise.all([getSourcedValues(t), getEvents(t)])));
  // Filings only: figures and events cited to SEC filings, nothing from releases or news.
  const keep = (s: { tier: string }) => !effective.filings || s.tier === "filing";
  const values = perCompany.flatMap(([v]) => v).filter((v) => keep(v.source));
  const events = dedupeEvents(perCompany.flatMap(([, e]) => e)).filter((e) => keep(e.source));
  if (effective.filings) notices.push("Filings only: figures from company releases and news are hidden.");
  const stockFacts = buildFacts(values, { mergeStockPeriods: true });
  const flowFacts = buildFacts(values);
  const range = resolveRange(effective.time, today());
  const stepMonths = effective.cadence === "quarterly" ? 3 : 1;

  // Holdings of different basis are different series: a company with two definitions gets two lines.
  const bases = (metric: MetricId, ticker: string): (HoldingsBasis | null)[] => {
    const found = getMetric(metric)?.stock ? stockBases(stockFacts, ticker, metric) : [];
    return found.length > 1 ? found : [null];
  };
  const build = (metric: MetricId, axis: "left" | "right"): CompareSeries[] =>
    tickers.flatMap((ticker) =>
      bases(metric, ticker).map((basis, basisIndex) => {
        const company = companies.find((c) => c.ticker === ticker)!;
        let points: (SeriesPoint & { priceRef?: number | null; btc?: number | null })[] = buildMetricSeries(
          metric,
          ticker,
          company.fiscalYearEnd,
          effective.cadence,
          stockFacts,
          flowFacts,
          events,
          basis,
        );
        if (effective.usd && metric === "btc_held")
          points = valueHoldingsInUsd(points, prices).map((p) => ({
            ...p,
            priceRef: p.price?.ref ?? null,
            btc: p.btc,
          }));
        const lens =
          effective.usd && metric !== "btc_held" && getMetric(metric)?.unit === "USD" ? "absolute" : effective.lens;
        const inView = points.filter((p) => inRange(p.date, range));
        const lensed =
          lens === "peak"
            ? applyPercentOfPeak(points).filter((p) => inRange(p.date, range))
            : lens === "index"
              ? applyIndex(inView, effective.index ?? range.from ?? inView.find((p) => p.value !== null)?.date ?? "")
              : lens === "change"
                ? applyPeriodChange(inView, stepMonths)
                : applyAbsolute(inView);
        const out = "points" in lensed ? lensed.points : lensed;
        return {
          key: `${ticker}|${metric}${basis ? `|${basis}` : ""}`,
          ticker,
          basis: basis ?? "as-reported",
          label: basis && basisIndex > 0 ? `${ticker} (${BASIS_LABELS[basis].label})` : ticker,
          name: company.name,
          color: companyColor(ticker),
          axis,
          metric,
          points: out.map((p, i) => ({ ...p, priceRef: inView[i]?.priceRef, btc: inView[i]?.btc })),
          baseDate: "baseDate" in lensed ? lensed.baseDate : undefined,
        };
      }),
    );

  const series = [
    ...build(effective.metric, "left"),
    ...(effective.vs && !effective.usd ? build(effective.vs, "right") : []),
  ];
  if (effective.usd) {
    // Announced contract value is not treasury: its own (right) axis, dashed, and named so in the legend.
    for (const s of build("hpc_contract_value_usd", "right")) if (s.points.length) series.push(s);
  }
  // Name every company the chart leaves out or draws at another cadence, and why.
  const metricLabel = getMetric(effective.metric)?.label ?? effective.metric;
  const flow = !getMetric(effective.metric)?.stock && effective.metric !== "hpc_contract_value_usd";
  const drawn = (t: string) =>
    series.some((s) => s.ticker === t && s.metric === effective.metric && s.points.some((p) => p.value !== null));
  const missing = tickers.filter((t) => !drawn(t));
  if (missing.length)
    notices.push(
      `Left out: ${missing.join(", ")} — no ${metricLabel} figures${"preset" in effective.time && effective.time.preset === "all" ? "" : " in this range"}${flow && effective.cadence === "quarterly" ? " for complete quarters" : ""}.`,
    );
  if (flow && effective.cadence === "monthly") {
    const quarterlyOnly = tickers.filter(
      (t) =>
        drawn(t) && !flowFacts.some((f) => f.ticker === t && f.metric === effective.metric && f.periodType === "month"),
    );
    if (quarterlyOnly.length)
      notices.push(
        `${quarterlyOnly.join(", ")} report${quarterlyOnly.length === 1 ? "s" : ""} ${metricLabel} by quarter only: shown at quarter ends. Choose Quarterly to compare everyone on complete quarters.`,
      );
  }
  let scale = effective.scale;
  const bad = scale === "log" ? findNonPositive(series.map((s) => ({ key: s.ticker, points: s.points }))) : null;
  if (bad) {
    notices.push(
      `Log scale needs values above zero: ${bad.key} has ${bad.value} on ${bad.date}. Showing a linear scale.`,
    );
    scale = "linear";
  }
  const trajectories: { ticker: string; color: string; points: TrajectoryPoint[]; omitted: number }[] = tickers.map(
    (ticker) => {
      const full = buildTrajectory(
        buildMetricSeries(
          "btc_held",
          ticker,
          companies.find((c) => c.ticker === ticker)!.fiscalYearEnd,
          effective.cadence,
          stockFacts,
          flowFacts,
          events,
        ).filter((p) => inRange(p.date, range)),
        buildCumulativeContracts(events, ticker, "valueUsd"),
      );
      const { points, omitted } = collapsePreContract(full);
      return { ticker, color: companyColor(ticker), points, omitted };
    },
  );

  const citations: Record<string, Citation> = {};
  const factByKey = new Map([...stockFacts, ...flowFacts].map((f) => [f.key, f]));
  for (const t of trajectories)
    for (const p of t.points)
      if (p.factKey && factByKey.has(p.factKey)) citations[p.factKey] = buildCitation(factByKey.get(p.factKey)!);
  citePoints(series, factByKey, citations);
  const unitOf = (m: MetricId): Unit => (effective.usd && m === "btc_held" ? "USD" : (getMetric(m)?.unit ?? "USD"));
  return {
    state: { ...effective, scale },
    requested: state,
    /** Requested tickers that are not tracked (the view fell back to defaults if none was). */
    untracked: unknown,
    notices,
    companies: companies.map((c) => ({ ticker: c.ticker, name: c.name, color: companyColor(c.ticker) })),
    series,
    trajectories,
    events: events.filter((e) => inRange(e.date, range)),
    /** Every event of the selected companies, for citing contract steps whose announcement precedes the range. */
    allEvents: events,
    prices: prices.map((p) => ({ date: p.date, closeUsd: p.closeUsd, source: p.source, quote: p.quote })),
    citations,
    range,
    axes: {
      left: {
        label: effective.usd
          ? "USD value of BTC held (BTC held × the cited BTC price)"
          : metricAxisLabel(effective.metric),
        unit: lensUnit(effective.lens, unitOf(effective.metric)),
      },
      right: effective.usd
        ? { label: "Announced AI/HPC contract value, running total — not holdings", unit: "USD" as const }
        : effective.vs
          ? { label: metricAxisLabel(effective.vs), unit: lensUnit(effective.lens, unitOf(effective.vs)) }
          : null,
    },
  };
}

export type CompareView = Awaited<ReturnType<typeof buildCompareView>>;

/** Percent lenses change the unit shown on the axis; the change lens keeps it. */
function lensUnit(lens: CompareState["lens"], unit: Unit): Unit | "%" | "index" {
  return lens === "peak" ? "%" : lens === "index" ? "index" : unit;
}

/** Halvings come back once per company query; keep one of each event, in date order. */
function dedupeEvents(events: ChartEvent[]): ChartEvent[] {
  return [...new Map(events.map((e) => [e.id, e])).values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}
