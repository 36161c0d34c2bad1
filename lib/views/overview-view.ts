import "server-only";
import { getCompanies } from "../db/companies";
import { getEvents } from "../db/events";
import { getLatestSourceDates, getObservationCount, getSourcedValues, getTierCounts } from "../db/observations";
import { companyColor } from "../domain/company-colors";
import { buildFacts } from "../domain/facts";
import type { MetricId } from "../domain/metrics";
import { buildOverviewRow } from "../domain/overview";

/** The overview needs these metrics only; loading the others would grow with every import for nothing. */
const OVERVIEW_METRICS: readonly MetricId[] = ["btc_held", "btc_sold", "hpc_contracted_mw"];

import { BASIS_LABELS } from "../domain/holdings-basis";
import { buildCumulativeContracts, buildStockSeries, stockBases } from "../domain/series";
import { today } from "../domain/today";
import { cachedByDataVersion } from "./cache-by-version";
import { buildCitation, type Citation, citeSumParts } from "./citation";

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
    citeSumParts(row.soldLast12m, "btc_sold", flowBy.get(row.company.ticker) ?? [], citations);
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
  return {
    rows: rows.map((r) => ({ ...r, color: companyColor(r.company.ticker) })),
    citations,
    series,
    events,
    observationCount,
    tierCounts,
  };
}
