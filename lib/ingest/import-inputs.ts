import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { CompanyRow } from "../schemas/dataset";
import { checkObservationRows } from "./check-observations";
import { checkStoredSources } from "./check-stored-sources";
import { buildCompanyDirectory } from "./company-directory";
import { addCounts, emptyCounts, finishImportRun, type ImportCounts, startImportRun } from "./import-run";
import type { FilingSource } from "./inputs/ixbrl-input";
import type { PreparedInput } from "./inputs/prepared-input";
import { isSupportedInput, prepareInput } from "./prepare-input";
import { formatRowError } from "./read-csv";
import { syncLargeSaleEvents } from "./save-events";
import { saveObservations } from "./save-observations";
import { saveOverviewEntries } from "./save-overview";
import { saveCompanies, savePrices, toNormalizedObservation } from "./save-reference-rows";
import { makeSourceResolver } from "./source-resolver";

export interface ImportReport {
  file: string;
  kind: PreparedInput["kind"];
  /** "empty": the input was read and holds nothing to import (an exhibit, a cover page); `notes` says why. */
  status: "ok" | "unchanged" | "rejected" | "dry-run" | "empty";
  counts: ImportCounts;
  errors: string[];
  unmapped: {
    concept: string;
    unit: string | null;
    period: string;
    dims: Record<string, string>;
    value: number | null;
    reason: string;
  }[];
  notes: string[];
  /** Facts recovered after a repair or skipped as unreadable, `file:line:concept: what happened`. */
  warnings: string[];
  importRunId: number | null;
  /** Dry runs only: the normalized observations that would be written. */
  observations?: ReturnType<typeof toNormalizedObservation>[];
}

/** Expands directories into their supported files; companies files first so later files can use them. */
export function expandInputs(paths: readonly string[]): string[] {
  const files = paths.flatMap((p) =>
    fs.existsSync(p) && fs.statSync(p).isDirectory()
      ? fs
          .readdirSync(p, { recursive: true, encoding: "utf8" })
          .map((f) => path.join(p, f))
          .filter((f) => isSupportedInput(f) && fs.statSync(f).isFile())
          .sort()
      : [p],
  );
  return files.sort((a, b) => Number(!/compan/i.test(path.basename(a))) - Number(!/compan/i.test(path.basename(b))));
}

/**
 * Imports each input in its own transaction: all of it or none of it. Every run is audited as an ImportRun,
 * including rejected ones; a dry run writes nothing at all.
 */
export async function importInputs(
  db: Database.Database,
  paths: readonly string[],
  opts: {
    dryRun?: boolean;
    filing?: FilingSource;
    /**
     * Runs inside each input's transaction after a write that changed data (a refresh records its changes);
     * events with an id above `eventsBefore` were created by this input.
     */
    onSaved?: (db: Database.Database, runId: number, eventsBefore: number) => void;
  } = {},
): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  const addedByDryRun: CompanyRow[] = [];
  for (const file of expandInputs(paths)) {
    if (!fs.existsSync(file)) {
      const report: ImportReport = {
        ...blank(file),
        status: "rejected",
        errors: [`${file}: no such file or directory`],
      };
      report.counts.rejected = 1;
      if (!opts.dryRun) {
        report.importRunId = startImportRun(db, file, "missing");
        finishImportRun(db, report.importRunId, "rejected", report.counts, report.errors);
      }
      reports.push(report);
      continue;
    }
    const prepared = await prepareInput(file, buildCompanyDirectory(db, addedByDryRun), opts.filing);
    checkPrepared(db, prepared, addedByDryRun);
    const report: ImportReport = {
      ...blank(file),
      kind: prepared.kind,
      errors: prepared.errors.map(formatRowError),
      unmapped: prepared.unmapped.map(({ fact: f, reason }) => ({
        concept: f.concept,
        unit: f.unit,
        period: f.instant ?? `${f.start}..${f.end}`,
        dims: f.dims,
        value: f.value,
        reason,
      })),
      notes: prepared.empty ? [...prepared.notes, prepared.empty] : prepared.notes,
      warnings: prepared.warnings,
    };
    reports.push(report);
    if (prepared.empty && !report.errors.length) {
      report.status = "empty";
      if (!opts.dryRun) {
        report.importRunId = startImportRun(db, file, prepared.kind);
        finishImportRun(db, report.importRunId, "ok", report.counts, []);
      }
      continue;
    }
    if (opts.dryRun) {
      report.status = report.errors.length ? "rejected" : "dry-run";
      report.counts.rejected = report.errors.length;
      report.observations = prepared.observations.map((o) => toNormalizedObservation(o.value));
      // A rejected input adds nothing in the real run, so it adds nothing to the dry run's view either.
      if (!report.errors.length) addedByDryRun.push(...prepared.companies);
      continue;
    }
    const runId = startImportRun(db, file, prepared.kind);
    report.importRunId = runId;
    if (report.errors.length) {
      report.status = "rejected";
      report.counts = { ...emptyCounts(), rejected: report.errors.length };
      finishImportRun(db, runId, "rejected", report.counts, report.errors);
      continue;
    }
    try {
      report.counts = db.transaction(() => {
        const eventsBefore = (db.prepare("SELECT COALESCE(MAX(id), 0) AS m FROM Event").get() as { m: number }).m;
        const counts = saveInput(db, runId, prepared);
        // Sale events and overview entries follow the stored facts; they are not counted as imported rows.
        syncLargeSaleEvents(db);
        if (counts.inserted + counts.revised > 0) {
          saveOverviewEntries(db, tickersOf(prepared));
          opts.onSaved?.(db, runId, eventsBefore);
        }
        return counts;
      })();
      report.status = report.counts.inserted + report.counts.revised === 0 ? "unchanged" : "ok";
      finishImportRun(db, runId, "ok", report.counts, []);
    } catch (err) {
      report.status = "rejected";
      report.errors = [`${file}: ${(err as Error).message}`];
      finishImportRun(db, runId, "failed", emptyCounts(), report.errors);
    }
  }
  return reports;
}

/** The companies an input writes to: their overview entries are recomputed with it. */
function tickersOf(p: PreparedInput): string[] {
  return [...new Set([...p.observations.map((o) => o.value.ticker), ...p.companies.map((c) => c.ticker)])];
}

/** Checks that need the database (known companies, stored sources); adds to `prepared.errors`. */
export function checkPrepared(db: Database.Database, prepared: PreparedInput, added: readonly CompanyRow[] = []) {
  const known = buildCompanyDirectory(db, [...added, ...prepared.companies]);
  prepared.errors.push(
    ...checkObservationRows(
      prepared.observations.map((o) => ({ file: prepared.file, ...o })),
      (t) => known.byTicker(t) !== null,
    ),
  );
  prepared.errors.push(...checkStoredSources(db, prepared));
}

/** Writes one checked input inside the caller's transaction; the caller refreshes the sale events once after. */
export function saveInput(db: Database.Database, runId: number, p: PreparedInput): ImportCounts {
  let counts = saveCompanies(db, p.companies);
  counts = addCounts(counts, savePrices(db, makeSourceResolver(db), p.prices));
  counts = addCounts(
    counts,
    saveObservations(
      db,
      runId,
      p.observations.map((o) => toNormalizedObservation(o.value)),
    ),
  );
  return counts;
}

function blank(file: string): ImportReport {
  return {
    file,
    kind: "observations-csv",
    status: "ok",
    counts: emptyCounts(),
    errors: [],
    unmapped: [],
    notes: [],
    warnings: [],
    importRunId: null,
  };
}
