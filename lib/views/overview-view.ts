import "server-only";
import { cachedView } from "../cache/data-cache";
import { getCompanies } from "../db/companies";
import { getEvents } from "../db/events";
import { getLatestSourceDate, getObservationCount, getSourcedValues, getTierCounts } from "../db/observations";
import { getOverviewEntries } from "../db/overview-entries";
import { today } from "../domain/today";
import type { CompanySummary } from "../domain/types";
import type { Citation } from "./citation";
import { buildOverviewEntry, OVERVIEW_METRICS, type OverviewEntry } from "./overview-entry";

/** The overview page: one row per company, the cohort table and the headline chart's series. */
export const getOverviewView = cachedView("overview-view", () => buildOverviewView());

/**
 * Assembles the entries the import stored for today (lib/ingest/save-overview.ts); a company without one (the
 * day changed since its last import, or a database from before entries existed) is computed here from its own
 * rows only, so the overview never loads every observation at once.
 */
async function buildOverviewView() {
  const now = today();
  const [companies, stored, observationCount, tierCounts] = await Promise.all([
    getCompanies(),
    getOverviewEntries(now),
    getObservationCount(),
    getTierCounts(),
  ]);
  const entries: OverviewEntry[] = [];
  for (const c of companies) entries.push(stored.get(c.ticker) ?? (await computeEntry(c, now)));
  const citations: Record<string, Citation> = {};
  for (const e of entries) Object.assign(citations, e.citations);
  return {
    rows: entries.map((e) => e.row),
    cohort: entries.map((e) => e.cohort),
    series: entries.map((e) => e.series),
    citations,
    observationCount,
    tierCounts,
    /** How many entries were not stored for today and were computed for this view. */
    computedNow: entries.length - companies.filter((c) => stored.has(c.ticker)).length,
  };
}

async function computeEntry(company: CompanySummary, now: string): Promise<OverviewEntry> {
  const [values, events, latestSourceDate] = await Promise.all([
    getSourcedValues(company.ticker, OVERVIEW_METRICS),
    getEvents(company.ticker),
    getLatestSourceDate(company.ticker),
  ]);
  return buildOverviewEntry({
    company,
    values,
    events: events.filter((e) => e.ticker === company.ticker),
    latestSourceDate,
    today: now,
  });
}
