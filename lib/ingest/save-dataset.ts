import type Database from "better-sqlite3";
import type { Dataset } from "./dataset-files";
import { saveInput } from "./import-inputs";
import { addCounts, emptyCounts, type ImportCounts } from "./import-run";
import type { PreparedInput } from "./inputs/prepared-input";
import { saveContracts, saveHalvings, syncLargeSaleEvents } from "./save-events";
import { saveObservations } from "./save-observations";
import { saveCompanies, saveNotes, savePrices, toNormalizedObservation } from "./save-reference-rows";
import { makeSourceResolver } from "./source-resolver";

/**
 * Writes a validated dataset and its prepared filings inside the caller's transaction and returns what
 * changed. Filings go through the same saver as `npm run ingest`; contracts come last because they cite
 * stored observations.
 */
export function saveDataset(
  db: Database.Database,
  importRunId: number,
  d: Dataset,
  filings: readonly PreparedInput[] = [],
): ImportCounts {
  const resolveSource = makeSourceResolver(db);
  let counts = emptyCounts();
  const add = (c: ImportCounts) => {
    counts = addCounts(counts, c);
  };
  add(
    saveCompanies(
      db,
      d.companies.map((r) => r.value),
    ),
  );
  add(
    saveNotes(
      db,
      d.notes.map((r) => r.value),
    ),
  );
  add(
    saveObservations(
      db,
      importRunId,
      d.observations.map((r) => toNormalizedObservation(r.value)),
    ),
  );
  for (const f of filings) add(saveInput(db, importRunId, f));
  // Large sales follow every stored sale figure, curated and filed: refreshed once, after both.
  add(syncLargeSaleEvents(db));
  add(
    savePrices(
      db,
      resolveSource,
      d.prices.map((r) => r.value),
    ),
  );
  add(
    saveHalvings(
      db,
      resolveSource,
      d.halvings.map((r) => r.value),
    ),
  );
  add(
    saveContracts(
      db,
      d.contracts.map((r) => r.value),
    ),
  );
  return counts;
}
