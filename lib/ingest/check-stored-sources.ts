import type Database from "better-sqlite3";
import type { PreparedInput } from "./inputs/prepared-input";
import type { RowError } from "./read-csv";

/**
 * A document already stored keeps its form and date: an input that cites the same URL as another kind, or
 * with another publication date, is rejected rather than silently re-tiering every number citing it.
 * (Learning a date for a document stored undated is allowed.)
 */
export function checkStoredSources(db: Database.Database, p: PreparedInput): RowError[] {
  const find = db.prepare<[string], { kind: string; date: string | null }>(
    "SELECT kind, date FROM Source WHERE url = ?",
  );
  const errors: RowError[] = [];
  const check = (line: number | string, url: string, kind: string, date: string | null) => {
    const stored = find.get(url);
    if (!stored) return;
    if (stored.kind !== kind)
      errors.push({
        file: p.file,
        line,
        field: "source_kind",
        message: `source ${url} is stored as ${stored.kind}, not ${kind}`,
      });
    else if (date !== null && stored.date !== null && stored.date !== date) {
      errors.push({
        file: p.file,
        line,
        field: "source_date",
        message: `source ${url} is stored with date ${stored.date}, not ${date}`,
      });
    }
  };
  for (const o of p.observations) check(o.line, o.value.source_url, o.value.source_kind, o.value.source_date);
  p.prices.forEach((price, i) => {
    check(`btc_prices[${i}]`, price.source_url, price.source_kind, null);
  });
  return errors;
}
