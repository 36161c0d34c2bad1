import type Database from "better-sqlite3";
import type { SourceKind } from "../domain/source-tiers";
import { emptyCounts, type ImportCounts } from "./import-run";
import { makeSourceResolver } from "./source-resolver";

/** A validated observation ready to store, whatever file format it came from. */
export interface NormalizedObservation {
  ticker: string;
  metric: string;
  periodEnd: string;
  periodType: string;
  value: number;
  unit: string;
  sourceUrl: string;
  sourceKind: SourceKind;
  sourceDate: string | null;
  quote: string;
}

/**
 * Writes observations inside the caller's transaction. A new source for an existing fact is added beside
 * the others; the same source and quote with a changed value updates the row and records a Revision.
 */
export function saveObservations(
  db: Database.Database,
  importRunId: number,
  rows: readonly NormalizedObservation[],
): ImportCounts {
  const counts = emptyCounts();
  const companyId = db.prepare<[string], { id: number }>("SELECT id FROM Company WHERE ticker = ?");
  const findObs = db.prepare<unknown[], { id: number; value: number; unit: string }>(
    `SELECT id, value, unit FROM Observation
     WHERE companyId = ? AND metric = ? AND periodEnd = ? AND periodType = ? AND sourceId = ? AND quote = ?`,
  );
  const insertObs = db.prepare(
    `INSERT INTO Observation (companyId, metric, periodEnd, periodType, value, unit, sourceId, quote, importRunId)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateObs = db.prepare("UPDATE Observation SET value = ?, unit = ?, importRunId = ? WHERE id = ?");
  const insertRevision = db.prepare(
    "INSERT INTO Revision (observationId, oldValue, newValue, importRunId, createdAt) VALUES (?, ?, ?, ?, ?)",
  );
  const companyIds = new Map<string, number>();
  const resolveSource = makeSourceResolver(db);

  for (const o of rows) {
    let cid = companyIds.get(o.ticker);
    if (cid === undefined) {
      const found = companyId.get(o.ticker);
      if (!found) throw new Error(`unknown ticker ${o.ticker}`);
      cid = found.id;
      companyIds.set(o.ticker, cid);
    }
    const sid = resolveSource(o.sourceUrl, o.sourceKind, o.sourceDate);
    const existing = findObs.get(cid, o.metric, o.periodEnd, o.periodType, sid, o.quote);
    if (!existing) {
      insertObs.run(cid, o.metric, o.periodEnd, o.periodType, o.value, o.unit, sid, o.quote, importRunId);
      counts.inserted++;
    } else if (existing.value === o.value && existing.unit === o.unit) {
      counts.unchanged++;
    } else {
      updateObs.run(o.value, o.unit, importRunId, existing.id);
      insertRevision.run(existing.id, existing.value, o.value, importRunId, new Date().toISOString());
      counts.revised++;
    }
  }
  return counts;
}
