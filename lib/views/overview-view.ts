import "server-only";
import { getCompanies } from "../db/companies";
import { getEvents } from "../db/events";
import { getSourcedValues } from "../db/observations";
import { companyColor } from "../domain/company-colors";
import { buildFacts } from "../domain/facts";
import { buildOverviewRow } from "../domain/overview";
import { buildCumulativeContracts, buildStockSeries } from "../domain/series";
import { cachedByDataVersion } from "./cache-by-version";
import { buildCitation, type Citation } from "./citation";

/** The overview page: one row per company plus the headline chart's series. */
export function getOverviewView() {
  return cachedByDataVersion("overview", buildOverviewView);
}

async function buildOverviewView() {
  const [companies, values, events] = await Promise.all([getCompanies(), getSourcedValues(), getEvents()]);
  const stockFacts = buildFacts(values, { mergeStockPeriods: true });
  const flowFacts = buildFacts(values);
  const rows = companies.map((c) => buildOverviewRow(c, values, stockFacts, flowFacts, events));
  const citations: Record<string, Citation> = {};
  for (const row of rows) {
    for (const fig of [row.latestHeld, row.peakHeld, row.recentSold, row.contractedMw]) {
      for (const f of fig?.facts ?? []) citations[f.key] = buildCitation(f);
    }
  }
  const series = companies.map((c) => ({
    ticker: c.ticker,
    name: c.name,
    color: companyColor(c.ticker),
    held: buildStockSeries(stockFacts, c.ticker, "btc_held", "monthly"),
    contracts: buildCumulativeContracts(events, c.ticker, "valueUsd"),
  }));
  return {
    rows: rows.map((r) => ({ ...r, color: companyColor(r.company.ticker) })),
    citations,
    series,
    events,
    observationCount: values.length,
  };
}
