import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { formatCsv } from "../export/csv";
import { CSV_HEADERS, OPTIONAL_OBSERVATION_COLUMNS } from "../ingest/inputs/csv-input";
import { type DownloadId, type DownloadManifest, downloadName, downloadsDir, manifestPath } from "./dataset-files";

/** The data version: the latest import run that changed something. Downloads are named with it. */
export function dataVersion(db: Database.Database): number {
  const r = db
    .prepare("SELECT MAX(id) AS v FROM ImportRun WHERE status = 'ok' AND (inserted > 0 OR revised > 0)")
    .get() as { v: number | null };
  return r.v ?? 0;
}

/**
 * Writes the whole dataset as files named with the data version — observations, companies and events as CSV,
 * and a copy of the database — plus a manifest with sizes and hashes, then removes older versions. Files are
 * written under a temporary name and renamed, so a reader never gets half a file. Returns the names written.
 */
export function writeDownloads(
  db: Database.Database,
  dir = downloadsDir(db.name),
): { version: number; dir: string; names: string[] } {
  fs.mkdirSync(dir, { recursive: true });
  const version = dataVersion(db);
  const files: DownloadManifest["files"] = [];
  const put = (id: DownloadId, write: (file: string) => number | null) => {
    const name = downloadName(id, version);
    const tmp = path.join(dir, `.${name}.tmp`);
    fs.rmSync(tmp, { force: true });
    const rows = write(tmp);
    fs.renameSync(tmp, path.join(dir, name));
    const body = fs.readFileSync(path.join(dir, name));
    files.push({ id, name, bytes: body.length, rows, sha256: createHash("sha256").update(body).digest("hex") });
  };
  put("observations", (file) =>
    writeCsv(file, [...CSV_HEADERS["observations-csv"], ...OPTIONAL_OBSERVATION_COLUMNS], observationRows(db)),
  );
  put("companies", (file) => writeCsv(file, CSV_HEADERS["companies-csv"], companyRows(db)));
  put("events", (file) => writeCsv(file, EVENT_COLUMNS, eventRows(db)));
  put("database", (file) => {
    db.prepare("VACUUM INTO ?").run(file);
    return null;
  });
  const manifest: DownloadManifest = { version, generatedAt: new Date().toISOString(), files };
  fs.writeFileSync(`${manifestPath(dir)}.tmp`, JSON.stringify(manifest, null, 2));
  fs.renameSync(`${manifestPath(dir)}.tmp`, manifestPath(dir));
  const keep = new Set([...files.map((f) => f.name), "manifest.json"]);
  for (const f of fs.readdirSync(dir)) if (!keep.has(f) && f.startsWith("minerpivot-")) fs.rmSync(path.join(dir, f));
  return { version, dir, names: files.map((f) => f.name) };
}

function writeCsv(file: string, header: readonly string[], rows: Record<string, string | number | null>[]): number {
  fs.writeFileSync(file, formatCsv(header as string[], rows));
  return rows.length;
}

/** A number as the importer reads it: plain digits, never exponent notation. */
function plain(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, "") : s;
}

function observationRows(db: Database.Database) {
  return (
    db
      .prepare(
        `SELECT c.ticker, o.periodEnd, o.periodType, o.metric, o.value, o.unit, s.url, s.kind, s.date, s.tier, o.quote,
           o.basis, o.derivation
         FROM Observation o JOIN Company c ON c.id = o.companyId JOIN Source s ON s.id = o.sourceId
         ORDER BY c.ticker, o.metric, o.periodEnd, o.periodType, s.url, o.id`,
      )
      .all() as {
      ticker: string;
      periodEnd: string;
      periodType: string;
      metric: string;
      value: number;
      unit: string;
      url: string;
      kind: string;
      date: string | null;
      tier: string;
      quote: string;
      basis: string;
      derivation: string | null;
    }[]
  ).map((r) => ({
    ticker: r.ticker,
    period_end: r.periodEnd,
    period_type: r.periodType,
    metric: r.metric,
    value: plain(r.value),
    unit: r.unit,
    source_url: r.url,
    source_kind: r.kind,
    source_date: r.date,
    quote: r.quote,
    source_tier: r.tier,
    basis: r.basis,
    derivation: r.derivation,
  }));
}

function companyRows(db: Database.Database) {
  return db
    .prepare(
      `SELECT ticker, name, formerNames AS former_names, cik, exchange, fiscalYearEnd AS fiscal_year_end, website
       FROM Company ORDER BY ticker`,
    )
    .all() as Record<string, string | null>[];
}

const EVENT_COLUMNS = [
  "ticker",
  "date",
  "kind",
  "title",
  "counterparty",
  "mw",
  "value_usd",
  "term_years",
  "btc",
  "source_url",
  "source_kind",
  "source_date",
  "source_tier",
  "quote",
] as const;

function eventRows(db: Database.Database) {
  return db
    .prepare(
      `SELECT c.ticker, e.date, e.kind, e.title, e.counterparty, e.mw, e.valueUsd AS value_usd, e.termYears AS term_years,
         e.btc, s.url AS source_url, s.kind AS source_kind, s.date AS source_date, s.tier AS source_tier, e.quote
       FROM Event e LEFT JOIN Company c ON c.id = e.companyId JOIN Source s ON s.id = e.sourceId
       ORDER BY e.date, e.id`,
    )
    .all() as Record<string, string | number | null>[];
}
