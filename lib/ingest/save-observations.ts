import type Database from "better-sqlite3";
import { basisOf } from "../domain/holdings-basis";
import type { SourceKind } from "../domain/source-tiers";
import { emptyCounts, type ImportCounts } from "./import-run";
import { makeSourceResolver } from "./source-resolver";
import { prepareInsert, prepareUpdateById } from "./typed-table";

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
  /** How a figure computed from stated ones was derived; null when a source states it as is. */
  derivation?: string | null;
}

/**
 * Writes observations inside the caller's transaction. A new source for an existing fact is added beside
 * the others; the same source and quote with a changed value updates the row and records a Revision. The
 * holdings basis follows lib/domain/holdings-basis.ts; a changed rule updates it without a value revision.
 */
export function saveObservations(
  db: Database.Database,
  importRunId: number,
  rows: readonly NormalizedObservation[],
): ImportCounts {
  const counts = emptyCounts();
  const companyId = db.prepare<[string], { id: number }>("SELECT id FROM Company WHERE ticker = ?");
  const findObs = db.prepare<
    [number, string, string, string, number, string],
    { id: number; value: number; unit: string; basis: string; derivation: string | null }
  >(
    `SELECT id, value, unit, basis, derivation FROM Observation
     WHERE companyId = ? AND metric = ? AND periodEnd = ? AND periodType = ? AND sourceId = ? AND quote = ?`,
  );
  const insertObs = prepareInsert(db, "Observation", [
    "companyId",
    "metric",
    "periodEnd",
    "periodType",
    "value",
    "unit",
    "sourceId",
    "quote",
    "basis",
    "derivation",
    "importRunId",
  ]);
  const updateObs = prepareUpdateById(db, "Observation", ["value", "unit", "importRunId"]);
  const updateLabels = prepareUpdateById(db, "Observation", ["basis", "derivation"]);
  const insertRevision = prepareInsert(db, "Revision", [
    "observationId",
    "oldValue",
    "newValue",
    "importRunId",
    "createdAt",
  ]);
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
    const sourceId = resolveSource(o.sourceUrl, o.sourceKind, o.sourceDate);
    const basis = basisOf(o);
    const derivation = o.derivation ?? null;
    const existing = findObs.get(cid, o.metric, o.periodEnd, o.periodType, sourceId, o.quote);
    if (!existing) {
      insertObs({
        companyId: cid,
        metric: o.metric,
        periodEnd: o.periodEnd,
        periodType: o.periodType,
        value: o.value,
        unit: o.unit,
        sourceId,
        quote: o.quote,
        basis,
        derivation,
        importRunId,
      });
      counts.inserted++;
      continue;
    }
    const sameValue = existing.value === o.value && existing.unit === o.unit;
    if (!sameValue) {
      updateObs(existing.id, { value: o.value, unit: o.unit, importRunId });
      insertRevision({
        observationId: existing.id,
        oldValue: existing.value,
        newValue: o.value,
        importRunId,
        createdAt: new Date().toISOString(),
      });
    }
    const sameLabels = existing.basis === basis && existing.derivation === derivation;
    if (!sameLabels) updateLabels(existing.id, { basis, derivation });
    if (sameValue && sameLabels) counts.unchanged++;
    else counts.revised++;
  }
  return counts;
}
