import { readDatasetDir } from "./dataset-files";
import { emptyCounts, finishImportRun, type ImportCounts, startImportRun } from "./import-run";
import { formatRowError } from "./read-csv";
import { saveDataset } from "./save-dataset";
import { openWriteDatabase } from "./sqlite";

export type SeedResult =
  | { ok: true; counts: ImportCounts; runId: number }
  | { ok: false; errors: string[]; runId: number };

/** Validates the whole dataset first; only a fully valid dataset is written, in one transaction. */
export function seedDatabase(dir: string, dbFile?: string): SeedResult {
  const db = openWriteDatabase(dbFile);
  try {
    const runId = startImportRun(db, dir, "seed");
    const { dataset, errors } = readDatasetDir(dir);
    if (errors.length) {
      const messages = errors.map(formatRowError);
      finishImportRun(db, runId, "rejected", { ...emptyCounts(), rejected: errors.length }, messages);
      return { ok: false, errors: messages, runId };
    }
    try {
      const counts = db.transaction(() => saveDataset(db, runId, dataset))();
      finishImportRun(db, runId, "ok", counts, []);
      return { ok: true, counts, runId };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      finishImportRun(db, runId, "failed", emptyCounts(), [message]);
      return { ok: false, errors: [message], runId };
    }
  } finally {
    db.close();
  }
}
