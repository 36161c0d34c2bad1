import type Database from "better-sqlite3";

export interface ImportCounts {
  inserted: number;
  unchanged: number;
  revised: number;
  rejected: number;
}

export const emptyCounts = (): ImportCounts => ({ inserted: 0, unchanged: 0, revised: 0, rejected: 0 });

export function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return {
    inserted: a.inserted + b.inserted,
    unchanged: a.unchanged + b.unchanged,
    revised: a.revised + b.revised,
    rejected: a.rejected + b.rejected,
  };
}

/** Audit row, written for every run, including rejected ones (their data is not written). */
export function startImportRun(db: Database.Database, input: string, kind: string): number {
  const info = db
    .prepare(`INSERT INTO ImportRun (input, kind, status, startedAt) VALUES (?, ?, 'running', ?)`)
    .run(input, kind, new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export function finishImportRun(
  db: Database.Database,
  id: number,
  status: "ok" | "rejected" | "failed",
  counts: ImportCounts,
  errors: string[],
): void {
  db.prepare(
    `UPDATE ImportRun SET status = ?, finishedAt = ?, inserted = ?, unchanged = ?, revised = ?, rejected = ?, errors = ?
     WHERE id = ?`,
  ).run(
    status,
    new Date().toISOString(),
    counts.inserted,
    counts.unchanged,
    counts.revised,
    counts.rejected,
    JSON.stringify(errors),
    id,
  );
}
