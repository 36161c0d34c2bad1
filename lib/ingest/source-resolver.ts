import type Database from "better-sqlite3";
import { type SourceKind, tierOfKind } from "../domain/source-tiers";
import { prepareInsert, prepareUpdateById } from "./typed-table";

export type SourceResolver = (url: string, kind: SourceKind, date: string | null) => number;

/** Finds or creates the Source row for a document URL (cached per run); tier follows the kind. */
export function makeSourceResolver(db: Database.Database): SourceResolver {
  const find = db.prepare<[string], { id: number; kind: string; date: string | null }>(
    "SELECT id, kind, date FROM Source WHERE url = ?",
  );
  const insert = prepareInsert(db, "Source", ["url", "kind", "date", "tier"]);
  const learnDate = prepareUpdateById(db, "Source", ["date"]);
  const cache = new Map<string, number>();
  return (url, kind, date) => {
    const cached = cache.get(url);
    if (cached !== undefined) return cached;
    const found = find.get(url);
    let id: number;
    if (!found) id = insert({ url, kind, date, tier: tierOfKind(kind) });
    else {
      id = found.id;
      // Imports reject a conflicting kind or date (check-stored-sources.ts); the only change left is learning
      // the date of a document stored undated.
      if (found.date === null && date !== null) learnDate(id, { date });
    }
    cache.set(url, id);
    return id;
  };
}
