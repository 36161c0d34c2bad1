import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, expect } from "vitest";
import { type ImportReport, importInputs } from "@/lib/ingest/import-inputs";
import type { FilingSource } from "@/lib/ingest/inputs/ixbrl-input";
import { seedDatabase } from "@/lib/ingest/seed";
import { openWriteDatabase } from "@/lib/ingest/sqlite";
import { copyDataset, createMigratedDatabase } from "../../support/temp-db";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Absolute path of a file under tests/fixtures/ingest. */
export const fixture = (...parts: string[]) => path.join(ROOT, "tests", "fixtures", "ingest", ...parts);

/** Absolute path of one of the real SEC filings under tests/fixtures/filings. */
export const filing = (name: string) => path.join(ROOT, "tests", "fixtures", "filings", name);

/** Every table that holds data (ImportRun, the audit log, is checked separately). */
export const DATA_TABLES = [
  "Company",
  "CompanyNote",
  "Source",
  "Observation",
  "Event",
  "BtcPrice",
  "Revision",
] as const;

export interface TestDatabase {
  db: Database.Database;
  close(): void;
}

const templates = new Map<string, { file: string; cleanup: () => void }>();

/**
 * Migrates and seeds one database per test file (and variant); every test database starts as a copy of it.
 * Without the shipped filings, tests can import those filings themselves and see every row they add.
 */
function seededTemplate(opts: SeedOptions): string {
  const key = JSON.stringify(opts);
  const existing = templates.get(key);
  if (existing) return existing.file;
  const tmp = createMigratedDatabase();
  const full = opts.filings && !opts.without?.length;
  const dir = full ? path.join(ROOT, "prisma", "data") : copyDataset(opts);
  const seeded = seedDatabase(dir, tmp.file);
  if (!full) fs.rmSync(dir, { recursive: true, force: true });
  if (!seeded.ok) throw new Error(`seed failed: ${seeded.errors.join("\n")}`);
  templates.set(key, tmp);
  return tmp.file;
}

// Registered while the importing test file is collected, so it runs after all of that file's tests.
afterAll(() => {
  for (const t of templates.values()) t.cleanup();
  templates.clear();
});

/**
 * A fresh SQLite file with the real migrations and the curated dataset (one seed ImportRun), and a write
 * connection to it. The seed's connection is closed, so the template is a complete single file to copy.
 */
interface SeedOptions {
  /** Seed the shipped filings too (default). */
  filings: boolean;
  /** Leave these companies out of the seed, for tests of a company new to the database. */
  without?: string[];
}

export function openSeededDatabase(opts: Partial<SeedOptions> = {}): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-ingest-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(seededTemplate({ filings: opts.filings ?? true, without: opts.without }), file);
  const db = openWriteDatabase(file);
  return {
    db,
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every data table, in id order: equal dumps mean nothing was written. */
export function dumpDataTables(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(DATA_TABLES.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY id`).all()]));
}

export interface ImportRunRow {
  id: number;
  input: string;
  kind: string;
  status: string;
  inserted: number;
  unchanged: number;
  revised: number;
  rejected: number;
  errors: string[];
}

export function importRuns(db: Database.Database): ImportRunRow[] {
  const rows = db
    .prepare(
      "SELECT id, input, kind, status, inserted, unchanged, revised, rejected, errors FROM ImportRun ORDER BY id",
    )
    .all() as (Omit<ImportRunRow, "errors"> & { errors: string })[];
  return rows.map((r) => ({ ...r, errors: JSON.parse(r.errors) as string[] }));
}

export interface FactRow {
  id: number;
  ticker: string;
  metric: string;
  periodEnd: string;
  periodType: string;
  value: number;
  unit: string;
  sourceUrl: string;
  sourceKind: string;
  sourceDate: string | null;
  quote: string;
  derivation: string | null;
  importRunId: number | null;
}

/** Observations joined with their company and source, optionally narrowed, in id order. */
export function facts(
  db: Database.Database,
  where: { ticker?: string; metric?: string; periodEnd?: string; sourceUrl?: string } = {},
): FactRow[] {
  const filters: [string, string | undefined][] = [
    ["c.ticker", where.ticker],
    ["o.metric", where.metric],
    ["o.periodEnd", where.periodEnd],
    ["s.url", where.sourceUrl],
  ];
  const used = filters.filter(([, v]) => v !== undefined);
  return db
    .prepare(
      `SELECT o.id, c.ticker, o.metric, o.periodEnd, o.periodType, o.value, o.unit, s.url AS sourceUrl,
              s.kind AS sourceKind, s.date AS sourceDate, o.quote, o.derivation, o.importRunId
       FROM Observation o JOIN Company c ON c.id = o.companyId JOIN Source s ON s.id = o.sourceId
       ${used.length ? `WHERE ${used.map(([col]) => `${col} = ?`).join(" AND ")}` : ""}
       ORDER BY o.id`,
    )
    .all(...used.map(([, v]) => v)) as FactRow[];
}

/** The `file:line:field: message` form every import error takes. */
export const rowError = (file: string, line: number | string, field: string, message: string) =>
  `${file}:${line}:${field}: ${message}`;

/** Imports exactly one input and returns its report. */
export async function importOne(
  db: Database.Database,
  file: string,
  opts: { dryRun?: boolean; filing?: FilingSource } = {},
): Promise<ImportReport> {
  const reports = await importInputs(db, [file], opts);
  expect(reports).toHaveLength(1);
  return reports[0];
}
