import type Database from "better-sqlite3";
import { prepareInsert, prepareUpdateById } from "./typed-table";

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
  return prepareInsert(db, "ImportRun", ["input", "kind", "status", "startedAt"])({
    input,
    kind,
    status: "running",
    startedAt: new Date().toISOString(),
  });
}

export function finishImportRun(
  db: Database.Database,
  id: number,
  status: "ok" | "rejected" | "failed",
  counts: ImportCounts,
  errors: string[],
): void {
  prepareUpdateById(db, "ImportRun", [
    "status",
    "finishedAt",
    "inserted",
    "unchanged",
    "revised",
    "rejected",
    "errors",
  ])(id, { status, finishedAt: new Date().toISOString(), ...counts, errors: JSON.stringify(errors) });
}
