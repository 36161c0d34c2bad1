import type Database from "better-sqlite3";

export type UpsertOutcome = "inserted" | "unchanged" | "revised";
type Row = Record<string, string | number | null>;

/**
 * Inserts `row`, or updates the row with the same `key` columns only when a value differs, so re-running
 * an import with the same data writes nothing. Table and column names come from code, never from input.
 */
export function upsertRow(db: Database.Database, table: string, key: readonly string[], row: Row): UpsertOutcome {
  const cols = Object.keys(row);
  const where = key.map((k) => `"${k}" IS ?`).join(" AND ");
  const existing = db.prepare(`SELECT * FROM "${table}" WHERE ${where}`).get(...key.map((k) => row[k])) as
    | Row
    | undefined;
  if (!existing) {
    db.prepare(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
    ).run(...cols.map((c) => row[c]));
    return "inserted";
  }
  const changed = cols.filter((c) => existing[c] !== row[c]);
  if (changed.length === 0) return "unchanged";
  db.prepare(`UPDATE "${table}" SET ${changed.map((c) => `"${c}" = ?`).join(", ")} WHERE ${where}`).run(
    ...changed.map((c) => row[c]),
    ...key.map((k) => row[k]),
  );
  return "revised";
}
