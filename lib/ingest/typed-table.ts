import type Database from "better-sqlite3";
import type { Prisma } from "../generated/prisma/client";

/**
 * Row shapes of the tables the importers write, taken from Prisma's generated types, so renaming a field
 * in prisma/schema.prisma breaks the writers at compile time. Every column is spelled out (Required) so a
 * statement prepared from the first row fits every later one; DateTime columns are written as ISO text,
 * the way Prisma's SQLite adapter stores them.
 */
type Writable<T> = { [K in keyof Required<Omit<T, "id">>]-?: Exclude<T[K & keyof T], Date | undefined> };
export interface TableRows {
  // refreshedAt belongs to `npm run refresh` (lib/refresh), never to a dataset or companies file.
  Company: Writable<Omit<Prisma.CompanyCreateManyInput, "refreshedAt">>;
  CompanyNote: Writable<Prisma.CompanyNoteCreateManyInput>;
  Source: Writable<Prisma.SourceCreateManyInput>;
  Observation: Writable<Prisma.ObservationCreateManyInput>;
  Revision: Writable<Prisma.RevisionCreateManyInput>;
  Event: Writable<Prisma.EventCreateManyInput>;
  BtcPrice: Writable<Prisma.BtcPriceCreateManyInput>;
  ImportRun: Writable<Prisma.ImportRunCreateManyInput>;
  Change: Writable<Prisma.ChangeCreateManyInput>;
}
export type TableName = keyof TableRows;
export type Column<T extends TableName> = keyof TableRows[T] & string;

export type UpsertOutcome = "inserted" | "unchanged" | "revised";
type Cell = string | number | null;

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * An upsert for one table keyed by `key`: inserts a new row, or updates an existing one only when a value
 * differs, so re-running an import with the same data writes nothing. Statements are prepared once per
 * upserter (the insert and update on the first row, whose typed shape fixes the columns).
 */
export function prepareUpsert<T extends TableName>(
  db: Database.Database,
  table: T,
  key: readonly Column<T>[],
): (row: TableRows[T]) => UpsertOutcome {
  const where = key.map((k) => `"${k}" IS ?`).join(" AND ");
  const select = db.prepare<Cell[], Record<string, Cell>>(`SELECT * FROM "${table}" WHERE ${where}`);
  let columns: string[] | null = null;
  let insert: Database.Statement<Cell[]> | null = null;
  let update: Database.Statement<Cell[]> | null = null;
  return (row) => {
    const cells = row as unknown as Record<string, Cell>;
    if (!columns) {
      columns = Object.keys(cells);
      const rest = columns.filter((c) => !(key as readonly string[]).includes(c));
      insert = db.prepare<Cell[]>(
        `INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      update = db.prepare<Cell[]>(`UPDATE "${table}" SET ${rest.map((c) => `"${c}" = ?`).join(", ")} WHERE ${where}`);
    }
    const keyCells = key.map((k) => cells[k]);
    const existing = select.get(...keyCells);
    if (!existing) {
      insert!.run(...columns.map((c) => cells[c]));
      return "inserted";
    }
    const rest = columns.filter((c) => !(key as readonly string[]).includes(c));
    if (rest.every((c) => existing[c] === cells[c])) return "unchanged";
    update!.run(...rest.map((c) => cells[c]), ...keyCells);
    return "revised";
  };
}

/** A typed INSERT prepared once; returns the new row id. */
export function prepareInsert<T extends TableName, C extends Column<T>>(
  db: Database.Database,
  table: T,
  columns: readonly C[],
): (row: Pick<TableRows[T], C>) => number {
  const stmt = db.prepare<Cell[]>(
    `INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  return (row) => Number(stmt.run(...columns.map((c) => (row as Record<string, Cell>)[c])).lastInsertRowid);
}

/** A typed UPDATE of `columns` by id, prepared once. */
export function prepareUpdateById<T extends TableName, C extends Column<T>>(
  db: Database.Database,
  table: T,
  columns: readonly C[],
): (id: number, row: Pick<TableRows[T], C>) => void {
  const stmt = db.prepare<Cell[]>(`UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(", ")} WHERE id = ?`);
  return (id, row) => {
    stmt.run(...columns.map((c) => (row as Record<string, Cell>)[c]), id);
  };
}
