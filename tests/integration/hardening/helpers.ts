import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";
import { METRICS } from "@/lib/domain/metrics";
import { formatCsv } from "@/lib/export/csv";
import { CSV_HEADERS } from "@/lib/ingest/inputs/csv-input";
import { seedDatabase } from "@/lib/ingest/seed";
import { createMigratedDatabase } from "../../support/temp-db";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Tables counted before and after each hardening scenario. */
export const COUNT_TABLES = [
  "Company",
  "CompanyNote",
  "Source",
  "Observation",
  "Event",
  "BtcPrice",
  "Revision",
  "ImportRun",
] as const;
export type Counts = Record<(typeof COUNT_TABLES)[number], number>;

let template: { file: string; cleanup: () => void } | null = null;

/** Migrated (real migrations) and seeded (curated dataset) once per test file; each test gets a copy. */
function seededTemplate(): string {
  if (template) return template.file;
  const tmp = createMigratedDatabase();
  const seeded = seedDatabase(path.join(ROOT, "prisma", "data"), tmp.file);
  if (!seeded.ok) throw new Error(`seed failed: ${seeded.errors.join("\n")}`);
  template = tmp;
  return tmp.file;
}

afterAll(() => {
  template?.cleanup();
  template = null;
});

export interface SeededDb {
  dir: string;
  file: string;
  url: string;
  cleanup: () => void;
}

/** A fresh copy of the seeded database in a directory of its own (the seed's connection is closed). */
export function seededDatabase(): SeededDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-hardening-"));
  const file = path.join(dir, "minerpivot.db");
  fs.copyFileSync(seededTemplate(), file);
  return { dir, file, url: `file:${file}`, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function withReadonly<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function countRows(db: Database.Database): Counts {
  return Object.fromEntries(
    COUNT_TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
  ) as Counts;
}

export const counts = (file: string): Counts => withReadonly(file, countRows);

/** PRAGMA integrity_check through a normal (read-write) connection, as the app would open the file after a crash. */
export function integrityCheck(file: string): string[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  } finally {
    db.close();
  }
}

export const SEEDED_TICKERS = ["RIOT", "MARA", "CLSK", "CIFR", "HUT", "BITF", "CORZ", "IREN", "WULF"];

/**
 * A clearly synthetic observations CSV (the generator of bench/ingest-csv.ts): one row per seeded ticker, metric
 * and month from 1990 on, 50 rows per synthetic source URL. Returns the file and the number of distinct sources.
 */
export function writeSyntheticObservationsCsv(file: string, rows: number, tag = "hardening"): { sources: number } {
  const data = Array.from({ length: rows }, (_, i) => {
    const metric = METRICS[i % METRICS.length];
    const month = Math.floor(i / METRICS.length / SEEDED_TICKERS.length);
    const d = new Date(Date.UTC(1990, month + 1, 0));
    return {
      ticker: SEEDED_TICKERS[Math.floor(i / METRICS.length) % SEEDED_TICKERS.length],
      period_end: d.toISOString().slice(0, 10),
      period_type: "month",
      metric: metric.id,
      value: (i % 9973) + 1,
      unit: metric.unit,
      source_url: `https://synthetic.example/${tag}/${Math.floor(i / 50)}`,
      source_kind: "news",
      source_date: "",
      quote: `SYNTHETIC ${tag} row ${i}, not real data`,
    };
  });
  fs.writeFileSync(file, formatCsv(CSV_HEADERS["observations-csv"], data));
  return { sources: Math.ceil(rows / 50) };
}

export interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Signals the whole process group: the tsx CLI runs the script in a child process of its own, and a SIGKILL
   * cannot be forwarded, so killing only the tsx process would leave the importer running.
   */
  killGroup: (signal?: NodeJS.Signals) => void;
}

/** Spawns `node <args>` in the project root, in a process group of its own, with DATABASE_URL set. */
export function spawnNode(args: string[], databaseUrl: string, opts: { cwd?: string } = {}): Child {
  const proc = spawn(process.execPath, args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  let err = "";
  proc.stdout?.on("data", (c) => {
    out += c;
  });
  proc.stderr?.on("data", (c) => {
    err += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const killGroup = (signal: NodeJS.Signals = "SIGKILL") => {
    try {
      if (proc.pid) process.kill(-proc.pid, signal);
    } catch {
      // already gone
    }
  };
  return { proc, stdout: () => out, stderr: () => err, exited, killGroup };
}

/** `npm run ingest -- <args>` as the real CLI, without npm in between (so a kill reaches the importer itself). */
export const spawnIngest = (args: string[], databaseUrl: string) =>
  spawnNode([TSX_CLI, path.join(ROOT, "scripts", "ingest.ts"), ...args], databaseUrl);

/** `npm run db:backup` / `npm run db:restore` as the real scripts (cwd: where backups/ would be created). */
export const spawnScript = (script: "db-backup" | "db-restore", args: string[], databaseUrl: string, cwd: string) =>
  spawnNode([TSX_CLI, path.join(ROOT, "scripts", `${script}.ts`), ...args], databaseUrl, { cwd });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every `everyMs` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  { timeoutMs = 60_000, everyMs = 20 } = {},
): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}
