import type Database from "better-sqlite3";
import { toChartEvent as chartEvent, toSourcedValue as sourcedValue, toSourceRef } from "../db/row-mapping";
import { today as todayFromClock } from "../domain/today";
import type { ChartEvent, CompanySummary } from "../domain/types";
import { buildOverviewEntry, OVERVIEW_METRICS } from "../views/overview-entry";

/**
 * Recomputes the stored overview entries (CompanyOverview) of the given companies, or of every company, inside
 * the caller's transaction, so the overview always matches the data it was computed from. Reads the same rows
 * lib/db reads for the pages, mapped by the same functions (lib/db/row-mapping.ts; this runs in the import
 * process, which has no Prisma client). Writes only entries
 * that changed, so re-importing the same data on the same day writes nothing.
 */
export function saveOverviewEntries(
  db: Database.Database,
  tickers: "all" | readonly string[],
  today = todayFromClock(),
): { updated: number } {
  const companies = db
    .prepare("SELECT id, ticker, name, formerNames, cik, exchange, fiscalYearEnd, website FROM Company ORDER BY ticker")
    .all() as (CompanySummary & { id: number })[];
  const wanted = tickers === "all" ? null : new Set(tickers);
  const metrics = OVERVIEW_METRICS.map(() => "?").join(",");
  const valuesOf = db.prepare(
    `SELECT o.id, c.ticker, o.metric, o.periodEnd, o.periodType, o.value, o.unit, o.quote, o.basis, o.derivation,
       s.url, s.kind AS sourceKind, s.date AS sourceDate, s.tier
     FROM Observation o JOIN Company c ON c.id = o.companyId JOIN Source s ON s.id = o.sourceId
     WHERE o.companyId = ? AND o.metric IN (${metrics}) ORDER BY o.periodEnd, o.id`,
  );
  const eventsOf = db.prepare(
    `SELECT e.id, c.ticker, e.date, e.kind, e.title, e.counterparty, e.mw, e.valueUsd, e.termYears, e.btc, e.quote,
       s.url, s.kind AS sourceKind, s.date AS sourceDate, s.tier
     FROM Event e JOIN Company c ON c.id = e.companyId JOIN Source s ON s.id = e.sourceId
     WHERE e.companyId = ? ORDER BY e.date, e.id`,
  );
  const latestOf = db.prepare(
    "SELECT MAX(s.date) AS latest FROM Observation o JOIN Source s ON s.id = o.sourceId WHERE o.companyId = ?",
  );
  const stored = db.prepare("SELECT asOf, json FROM CompanyOverview WHERE companyId = ?");
  const upsert = db.prepare(
    `INSERT INTO CompanyOverview (companyId, asOf, json) VALUES (?, ?, ?)
     ON CONFLICT(companyId) DO UPDATE SET asOf = excluded.asOf, json = excluded.json`,
  );
  let updated = 0;
  for (const { id, ...company } of companies) {
    if (wanted && !wanted.has(company.ticker)) continue;
    const values = (valuesOf.all(id, ...OVERVIEW_METRICS) as StoredValueRow[]).map(toSourcedValue);
    const events = (eventsOf.all(id) as StoredEventRow[]).map(toChartEvent);
    const latest = (latestOf.get(id) as { latest: string | null }).latest;
    const entry = buildOverviewEntry({ company, values, events, latestSourceDate: latest, today });
    const json = JSON.stringify(entry);
    const before = stored.get(id) as { asOf: string; json: string } | undefined;
    if (before?.asOf === today && before.json === json) continue;
    upsert.run(id, today, json);
    updated++;
  }
  return { updated };
}

interface StoredSource {
  url: string;
  sourceKind: string;
  sourceDate: string | null;
  tier: string;
}
type StoredValueRow = StoredSource & {
  id: number;
  ticker: string;
  metric: string;
  periodEnd: string;
  periodType: string;
  value: number;
  unit: string;
  quote: string;
  basis: string;
  derivation: string | null;
};
type StoredEventRow = StoredSource &
  Omit<ChartEvent, "source" | "kind"> & {
    kind: string;
  };

const sourceOf = (r: StoredSource) => toSourceRef({ url: r.url, kind: r.sourceKind, date: r.sourceDate, tier: r.tier });
const toSourcedValue = (r: StoredValueRow) => sourcedValue(r, sourceOf(r));
const toChartEvent = (r: StoredEventRow) => chartEvent(r, sourceOf(r));
