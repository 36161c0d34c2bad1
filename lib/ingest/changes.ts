import type Database from "better-sqlite3";
import { prepareInsert } from "./typed-table";

/**
 * Records what one import run changed, inside its transaction (so a failed import records nothing):
 * - a figure no source had stated before: new-figure;
 * - a figure whose value differs from what an earlier source stated for the same company, metric, period and
 *   holdings basis (an amendment, a restatement), or the same document re-imported with a new value:
 *   revised-figure, old → new, with both sources;
 * - the document itself, when it is new to the database: new-filing;
 * - an event the new figures created (a large BTC sale, lib/ingest/save-events.ts): new-event.
 * A figure a new source merely confirms (same value) is not a change. Returns how many rows were recorded.
 */
export function recordChanges(
  db: Database.Database,
  runId: number,
  eventsBefore = Number.MAX_SAFE_INTEGER,
  opts: {
    /** The EDGAR form of the document imported ("10-Q/A"), which the stored source kind ("10-Q") drops. */
    form?: { url: string; form: string };
    at?: string;
  } = {},
): number {
  const at = opts.at ?? new Date().toISOString();
  const kindOf = (url: string, kind: string) => (opts.form && url === opts.form.url ? opts.form.form : kind);
  const insert = prepareInsert(db, "Change", [
    "importRunId",
    "companyId",
    "kind",
    "at",
    "metric",
    "periodEnd",
    "periodType",
    "unit",
    "oldValue",
    "newValue",
    "sourceUrl",
    "sourceKind",
    "sourceDate",
    "oldSourceUrl",
    "oldSourceKind",
    "oldSourceDate",
  ]);
  const inserted = db
    .prepare(
      `SELECT o.id, o.companyId, o.metric, o.periodEnd, o.periodType, o.unit, o.value, o.basis, o.sourceId,
         s.url, s.kind, s.date
       FROM Observation o JOIN Source s ON s.id = o.sourceId
       WHERE o.importRunId = ? AND o.id NOT IN (SELECT observationId FROM Revision WHERE importRunId = ?)
       ORDER BY o.companyId, o.metric, o.periodEnd, o.id`,
    )
    .all(runId, runId) as Row[];
  // The figure as stated before this run: the newest earlier source for the same fact.
  const before = db.prepare(
    `SELECT o.value, s.url, s.kind, s.date FROM Observation o JOIN Source s ON s.id = o.sourceId
     WHERE o.companyId = ? AND o.metric = ? AND o.periodEnd = ? AND o.periodType = ? AND o.basis = ?
       AND (o.importRunId IS NULL OR o.importRunId <> ?)
     ORDER BY s.date DESC, o.id DESC LIMIT 1`,
  );
  const sourceSeenBefore = db.prepare(
    "SELECT 1 FROM Observation WHERE sourceId = ? AND (importRunId IS NULL OR importRunId <> ?) LIMIT 1",
  );
  const filingRecorded = db.prepare("SELECT 1 FROM Change WHERE kind = 'new-filing' AND sourceUrl = ? LIMIT 1");
  let n = 0;
  const filings = new Map<number, Row>();
  for (const r of inserted) {
    if (!filings.has(r.sourceId)) filings.set(r.sourceId, r);
    const prior = before.get(r.companyId, r.metric, r.periodEnd, r.periodType, r.basis, runId) as
      | { value: number; url: string; kind: string; date: string | null }
      | undefined;
    if (prior && prior.value === r.value) continue;
    insert({
      importRunId: runId,
      companyId: r.companyId,
      kind: prior ? "revised-figure" : "new-figure",
      at,
      metric: r.metric,
      periodEnd: r.periodEnd,
      periodType: r.periodType,
      unit: r.unit,
      oldValue: prior?.value ?? null,
      newValue: r.value,
      sourceUrl: r.url,
      sourceKind: kindOf(r.url, r.kind),
      sourceDate: r.date,
      oldSourceUrl: prior?.url ?? null,
      oldSourceKind: prior ? kindOf(prior.url, prior.kind) : null,
      oldSourceDate: prior?.date ?? null,
    });
    n++;
  }
  // The same document and quote re-imported with a different value.
  const revised = db
    .prepare(
      `SELECT r.oldValue, r.newValue, o.companyId, o.metric, o.periodEnd, o.periodType, o.unit, s.url, s.kind, s.date
       FROM Revision r JOIN Observation o ON o.id = r.observationId JOIN Source s ON s.id = o.sourceId
       WHERE r.importRunId = ? ORDER BY r.id`,
    )
    .all(runId) as (Omit<Row, "id" | "value" | "basis" | "sourceId"> & { oldValue: number; newValue: number })[];
  for (const r of revised) {
    insert({
      importRunId: runId,
      companyId: r.companyId,
      kind: "revised-figure",
      at,
      metric: r.metric,
      periodEnd: r.periodEnd,
      periodType: r.periodType,
      unit: r.unit,
      oldValue: r.oldValue,
      newValue: r.newValue,
      sourceUrl: r.url,
      sourceKind: kindOf(r.url, r.kind),
      sourceDate: r.date,
      oldSourceUrl: r.url,
      oldSourceKind: kindOf(r.url, r.kind),
      oldSourceDate: r.date,
    });
    n++;
  }
  for (const [sourceId, r] of filings) {
    if (sourceSeenBefore.get(sourceId, runId) || filingRecorded.get(r.url)) continue;
    insert({
      importRunId: runId,
      companyId: r.companyId,
      kind: "new-filing",
      at,
      metric: null,
      periodEnd: null,
      periodType: null,
      unit: null,
      oldValue: null,
      newValue: null,
      sourceUrl: r.url,
      sourceKind: kindOf(r.url, r.kind),
      sourceDate: r.date,
      oldSourceUrl: null,
      oldSourceKind: null,
      oldSourceDate: null,
    });
    n++;
  }
  const events = db
    .prepare(
      `SELECT e.companyId, e.title, s.url, s.kind, s.date FROM Event e JOIN Source s ON s.id = e.sourceId
       WHERE e.id > ? AND e.companyId IS NOT NULL ORDER BY e.id`,
    )
    .all(eventsBefore) as { companyId: number; title: string; url: string; kind: string; date: string | null }[];
  const insertEvent = prepareInsert(db, "Change", [
    "importRunId",
    "companyId",
    "kind",
    "at",
    "title",
    "sourceUrl",
    "sourceKind",
    "sourceDate",
  ]);
  for (const e of events) {
    insertEvent({
      importRunId: runId,
      companyId: e.companyId,
      kind: "new-event",
      at,
      title: e.title,
      sourceUrl: e.url,
      sourceKind: kindOf(e.url, e.kind),
      sourceDate: e.date,
    });
    n++;
  }
  return n;
}

interface Row {
  id: number;
  companyId: number;
  metric: string;
  periodEnd: string;
  periodType: string;
  unit: string;
  value: number;
  basis: string;
  sourceId: number;
  url: string;
  kind: string;
  date: string | null;
}

/**
 * A filing that holds no figure MinerPivot tracks (an 8-K cover, a 6-K): still news to a reader following the
 * company, so it is listed once as a new filing. Returns false when it was already recorded.
 */
export function recordNewFiling(
  db: Database.Database,
  f: { runId: number; companyId: number; url: string; kind: string; date: string | null },
  at = new Date().toISOString(),
): boolean {
  if (db.prepare("SELECT 1 FROM Change WHERE kind = 'new-filing' AND sourceUrl = ? LIMIT 1").get(f.url)) return false;
  prepareInsert(db, "Change", ["importRunId", "companyId", "kind", "at", "sourceUrl", "sourceKind", "sourceDate"])({
    importRunId: f.runId,
    companyId: f.companyId,
    kind: "new-filing",
    at,
    sourceUrl: f.url,
    sourceKind: f.kind,
    sourceDate: f.date,
  });
  return true;
}
