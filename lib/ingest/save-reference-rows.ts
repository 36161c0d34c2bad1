import type Database from "better-sqlite3";
import type { BtcPriceRow, CompanyRow, ObservationRow } from "../schemas/dataset";
import { emptyCounts, type ImportCounts } from "./import-run";
import type { NormalizedObservation } from "./save-observations";
import type { SourceResolver } from "./source-resolver";
import { upsertRow } from "./upsert";

export function saveCompanies(db: Database.Database, rows: readonly CompanyRow[]): ImportCounts {
  const counts = emptyCounts();
  for (const c of rows) {
    const outcome = upsertRow(db, "Company", ["ticker"], {
      ticker: c.ticker,
      name: c.name,
      formerNames: c.former_names,
      cik: c.cik,
      exchange: c.exchange,
      fiscalYearEnd: c.fiscal_year_end,
      website: c.website,
    });
    counts[outcome]++;
  }
  return counts;
}

export function savePrices(
  db: Database.Database,
  resolveSource: SourceResolver,
  rows: readonly BtcPriceRow[],
): ImportCounts {
  const counts = emptyCounts();
  for (const p of rows) {
    const sourceId = resolveSource(p.source_url, p.source_kind, null);
    counts[upsertRow(db, "BtcPrice", ["date"], { date: p.date, closeUsd: p.close_usd, sourceId, quote: p.quote })]++;
  }
  return counts;
}

/** Dataset column names → the saver's fields; the mapping between the two lives here only. */
export function toNormalizedObservation(o: ObservationRow): NormalizedObservation {
  return {
    ticker: o.ticker,
    metric: o.metric,
    periodEnd: o.period_end,
    periodType: o.period_type,
    value: o.value,
    unit: o.unit,
    sourceUrl: o.source_url,
    sourceKind: o.source_kind,
    sourceDate: o.source_date,
    quote: o.quote,
  };
}
