import type Database from "better-sqlite3";
import type { CompanyRow } from "../schemas/dataset";
import type { CompanyDirectory } from "./inputs/prepared-input";

type Entry = { ticker: string; fiscalYearEnd: string; cik: string | null };

/** Companies in the database, overlaid with companies an input (or an earlier input of a dry run) adds. */
export function buildCompanyDirectory(
  db: Database.Database | null,
  extra: readonly CompanyRow[] = [],
): CompanyDirectory {
  const entries: Entry[] = db ? (db.prepare("SELECT ticker, fiscalYearEnd, cik FROM Company").all() as Entry[]) : [];
  for (const c of extra) entries.push({ ticker: c.ticker, fiscalYearEnd: c.fiscal_year_end, cik: c.cik });
  const byTicker = new Map(entries.map((e) => [e.ticker, e]));
  const byCik = new Map(entries.filter((e) => e.cik).map((e) => [e.cik!.replace(/^0+/, ""), e]));
  return {
    byTicker: (t) => byTicker.get(t) ?? null,
    byCik: (c) => byCik.get(c.replace(/^0+/, "")) ?? null,
  };
}
