import type Database from "better-sqlite3";
import { type SourceKind, tierOfKind } from "../domain/source-tiers";

export type SourceResolver = (url: string, kind: SourceKind, date: string | null) => number;

/** Finds or creates the Source row for a document URL (cached per run); tier follows the kind. */
export function makeSourceResolver(db: Database.Database): SourceResolver {
  const find = db.prepare<[string], { id: number; kind: string; date: string | null }>(
    "SELECT id, kind, date FROM Source WHERE url = ?",
  );
  const insert = db.prepare("INSERT INTO Source (url, kind, date, tier) VALUES (?, ?, ?, ?)");
  const update = db.prepare("UPDATE Source SET kind = ?, date = ?, tier = ? WHERE id = ?");
  const cache = new Map<string, number>();
  return (url, kind, date) => {
    const cached = cache.get(url);
    if (cached !== undefined) return cached;
    const tier = tierOfKind(kind);
    const found = find.get(url);
    let id: number;
    if (!found) id = Number(insert.run(url, kind, date, tier).lastInsertRowid);
    else {
      id = found.id;
      // Imports reject a conflicting kind or date (check-stored-sources.ts); the only change left is learning
      // the date of a document stored undated.
      if (found.date === null && date !== null) update.run(found.kind, date, tierOfKind(found.kind as SourceKind), id);
    }
    cache.set(url, id);
    return id;
  };
}
