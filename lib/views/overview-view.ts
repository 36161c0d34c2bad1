import "server-only";
import { getCompanies } from "../db/companies";
import { getEvents } from "../db/events";
import { getLatestSourceDates, getObservationCount, getSourcedValues, getTierCounts } from "../db/observations";
import { companyColor } from "../domain/company-colors";
import { buildFacts } from "../domain/facts";
import type { MetricId } from "../domain/metrics";
import { buildOverviewRow } from "../domain/overview";

/** The overview needs these metrics only; loading the others would grow with every import for nothing. */
const OVERVIEW_METRICS: readonly MetricId[] = [
  "btc_held",
  "btc_sold",
  "btc_mined",
  "btc_sale_proceeds_usd",
  "capex_usd",
  "ai_hpc_capex_usd",
  "hpc_revenue_usd",
  "hpc_contracted_mw",
];

import type { QuarterValue } from "../domain/derived-quarters";
import { BASIS_LABELS } from "../domain/holdings-basis";
import { buildPivotQuarters } from "../domain/pivot-quarters";
import { buildCumulativeContracts, buildStockSeries, stockBases } from "../domain/series";
import { today } from "../domain/today";
import { cachedByDataVersion } from "./cache-by-version";
import { buildCitation, type Citation, citeQuarterValues, citeSumParts } from "./citation";
import { soldToFundCaption } from "./pivot-figure";

/** The overview page: one row per company plus the headline chart's series. */
export function getOverviewView() {
  return cachedByDataVersion("overview", buildOverviewView);
}

async function buildOverviewView() {
  const [companies, values, events, latestDates, observationCount, tierCounts] = await Promise.all([
    getCompanies(),
    getSourcedValues(undefined, OVERVIEW_METRICS),
    getEvents(),
    getLatestSourceDates(),
    getObservationCount(),
    getTierCounts(),
  ]);
  const now = today();
  const stockFacts = buildFacts(values, { mergeStockPeriods: true });
  const flowFacts = buildFacts(values);
  // Grouped once by company, so each row looks only at its own facts (linear in the data, not quadratic).
  const by = <T extends { ticker: string | null }>(list: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) if (x.ticker) m.set(x.ticker, [...(m.get(x.ticker) ?? []), x]);
    return m;
  };
  const [valuesBy, stockBy, flowBy, eventsBy] = [by(values), by(stockFacts), by(flowFacts), by(events)];
  const rows = companies.map((c) => ({
    ...buildOverviewRow(
      c,
      valuesBy.get(c.ticker) ?? [],
      stockBy.get(c.ticker) ?? [],
      flowBy.get(c.ticker) ?? [],
      eventsBy.get(c.ticker) ?? [],
      now,
    ),
    latestSourceDate: latestDates.get(c.ticker) ?? null,
  }));
  const citations: Record<string, Citation> = {};
  for (const row of rows) {
    for (const fig of [row.latestHeld, row.peakHeld, row.contractedMw]) {
      for (const f of fig?.facts ?? []) citations[f.key] = buildCitation(f);
    }
    citeSumParts(row.soldLast12m, flowBy.get(row.company.ticker) ?? [], citations);
  }
  const series = companies.map((c) => ({
    ticker: c.ticker,
    name: c.name,
    color: companyColor(c.ticker),
    held: buildStockSeries(stockBy.get(c.ticker) ?? [], c.ticker, "btc_held", "monthly"),
    heldOther: stockBases(stockBy.get(c.ticker) ?? [], c.ticker, "btc_held")
      .slice(1)
      .map((basis) => ({
        label: BASIS_LABELS[basis].label,
        points: buildStockSeries(stockBy.get(c.ticker) ?? [], c.ticker, "btc_held", "monthly", basis),
      })),
    contracts: buildCumulativeContracts(eventsBy.get(c.ticker) ?? [], c.ticker, "valueUsd"),
  }));
  // "Sold to fund AI?" for the cohort: each company's own quarters, in the same words as its page.
  const cohort = companies.map((c) => {
    const flow = flowBy.get(c.ticker) ?? [];
    const stock = stockBy.get(c.ticker) ?? [];
    const cites: Record<string, Citation> = {};
    for (const f of flow) cites[f.key] = buildCitation(f);
    const pivot = buildPivotQuarters({
      ticker: c.ticker,
      fiscalYearEnd: c.fiscalYearEnd,
      flowFacts: flow,
      stockFacts: stock,
      heldBasis: stockBases(stock, c.ticker, "btc_held")[0] ?? null,
      events: eventsBy.get(c.ticker) ?? [],
    });
    // Derived quarters' tiers come from their inputs.
    citeQuarterValues(
      pivot.quarters.flatMap(
        (q) => [q.proceeds, q.spend, q.sold, q.hpcRevenue].filter((v) => v?.derived) as QuarterValue[],
      ),
      new Map(flow.map((f) => [f.key, f])),
      cites,
    );
    const total = (pick: (q: (typeof pivot.quarters)[number]) => { value: number } | null) => {
      const vs = pivot.quarters.map(pick).filter((v): v is { value: number } => v !== null);
      return vs.length ? { total: vs.reduce((s, v) => s + v.value, 0), count: vs.length } : null;
    };
    return {
      ticker: c.ticker,
      name: c.name,
      span: pivot.quarters.length ? `${pivot.quarters[0].label} – ${pivot.quarters.at(-1)!.label}` : "—",
      quarters: pivot.quarters.length,
      proceeds: total((q) => q.proceeds),
      sold: total((q) => q.sold),
      spend: pivot.spend ? { label: pivot.spend.label, ...total((q) => q.spend) } : null,
      contracts: pivot.quarters.at(-1)?.contractValueToDate ?? null,
      caption: soldToFundCaption(c, pivot, cites),
    };
  });
  return {
    cohort,
    rows: rows.map((r) => ({ ...r, color: companyColor(r.company.ticker) })),
    citations,
    series,
    events,
    observationCount,
    tierCounts,
  };
}
