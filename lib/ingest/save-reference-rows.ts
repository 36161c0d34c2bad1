import type Database from "better-sqlite3";
import type { BtcPriceRow, CompanyNoteRow, CompanyRow, ObservationRow } from "../schemas/dataset";
import { emptyCounts, type ImportCounts } from "./import-run";
import type { NormalizedObservation } from "./save-observations";
import type { SourceResolver } from "./source-resolver";
import { prepareUpsert } from "./typed-table";

export function saveCompanies(db: Database.Database, rows: readonly CompanyRow[]): ImportCounts {
  const counts = emptyCounts();
  const upsert = prepareUpsert(db, "Company", ["ticker"]);
  for (const c of rows) {
    counts[
      upsert({
        ticker: c.ticker,
        name: c.name,
        formerNames: c.former_names,
        cik: c.cik,
        exchange: c.exchange,
        fiscalYearEnd: c.fiscal_year_end,
        website: c.website,
      })
    ]++;
  }
  return counts;
}

export function savePrices(
  db: Database.Database,
  resolveSource: SourceResolver,
  rows: readonly BtcPriceRow[],
): ImportCounts {
  const counts = emptyCounts();
  const upsert = prepareUpsert(db, "BtcPrice", ["date"]);
  for (const p of rows) {
    const sourceId = resolveSource(p.source_url, p.source_kind, null);
    counts[upsert({ date: p.date, closeUsd: p.close_usd, sourceId, quote: p.quote })]++;
  }
  return counts;
}

/** Company definitions and caveats, one per (company, topic). */
export function saveNotes(db: Database.Database, rows: readonly CompanyNoteRow[]): ImportCounts {
  const counts = emptyCounts();
  const upsert = prepareUpsert(db, "CompanyNote", ["companyId", "topic"]);
  const companyId = companyIdLookup(db);
  for (const n of rows) {
    counts[upsert({ companyId: companyId(n.ticker), topic: n.topic, kind: n.kind, text: n.text })]++;
  }
  return counts;
}

/** Company id by ticker, for rows validated against the companies of the same import. */
export function companyIdLookup(db: Database.Database): (ticker: string) => number {
  const stmt = db.prepare<[string], { id: number }>("SELECT id FROM Company WHERE ticker = ?");
  return (ticker) => {
    const row = stmt.get(ticker);
    if (!row) throw new Error(`unknown ticker ${ticker}`);
    return row.id;
  };
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
    ...(o.derivation ? { derivation: o.derivation } : {}),
  };
}
