import type Database from "better-sqlite3";
import { today as todayFromClock } from "../domain/today";
import { recordChanges, recordNewFiling } from "../ingest/changes";
import { type ImportReport, importInputs } from "../ingest/import-inputs";
import type { SecClient } from "../ingest/sec";
import { FIRST_REFRESH_SINCE, filingsSince } from "./edgar-filings";

export interface RefreshOptions {
  sec: SecClient;
  /** Only these tickers (each must be tracked and have a CIK); default every company with a CIK. */
  tickers?: readonly string[];
  /** Overrides each company's own start (its last successful refresh, or 2023-01-01). */
  since?: string;
  /** Download and read everything, write nothing. */
  dryRun?: boolean;
  today?: string;
  /** One line per step, for a progress display. */
  progress?: (line: string) => void;
}

export interface CompanyRefresh {
  ticker: string;
  cik: string;
  since: string;
  filingsListed: number;
  imported: number;
  unchanged: number;
  /** Read, but holding no tracked figure (an 8-K cover page, a 6-K). */
  withoutFigures: number;
  rejected: number;
  changes: { newFigures: number; revisedFigures: number; newFilings: number; newEvents: number };
  errors: string[];
  /** True when every document was read: the company's refresh date moves to today. */
  ok: boolean;
}

export class RefreshError extends Error {}

/**
 * `npm run refresh`: for each tracked company with a CIK, reads its EDGAR submissions index, imports every
 * 10-Q, 10-K, 20-F, 40-F, 6-K and 8-K (and amendment) filed since its last successful refresh, then its
 * companyfacts, each document through the normal import path (one transaction per document, idempotent).
 * Changes are recorded with the import that made them. A company whose documents all imported gets today as
 * its refresh date; otherwise it keeps the old one, so the next run retries (downloads come from the disk cache).
 */
export async function refreshCompanies(db: Database.Database, opts: RefreshOptions): Promise<CompanyRefresh[]> {
  const today = opts.today ?? todayFromClock();
  const progress = opts.progress ?? (() => {});
  const companies = trackedCompanies(db, opts.tickers);
  const changeCounts = db.prepare<[number, number], { kind: string; n: number }>(
    "SELECT kind, COUNT(*) AS n FROM Change WHERE companyId = ? AND id > ? GROUP BY kind",
  );
  const maxChangeId = () => (db.prepare("SELECT COALESCE(MAX(id), 0) AS m FROM Change").get() as { m: number }).m;
  const results: CompanyRefresh[] = [];
  for (const [index, c] of companies.entries()) {
    const since = opts.since ?? c.refreshedAt ?? FIRST_REFRESH_SINCE;
    const r: CompanyRefresh = {
      ticker: c.ticker,
      cik: c.cik,
      since,
      filingsListed: 0,
      imported: 0,
      unchanged: 0,
      withoutFigures: 0,
      rejected: 0,
      changes: { newFigures: 0, revisedFigures: 0, newFilings: 0, newEvents: 0 },
      errors: [],
      ok: false,
    };
    results.push(r);
    const firstChange = maxChangeId();
    const tag = `[${index + 1}/${companies.length}] ${c.ticker}`;
    try {
      const submissions = await opts.sec.submissions(c.cik);
      const filings = filingsSince(submissions.value.filings.recent, since);
      r.filingsListed = filings.length;
      for (const [i, f] of filings.entries()) {
        progress(`${tag} ${bar(i, filings.length)} ${f.form} filed ${f.filingDate} ${f.primaryDocument}`);
        const doc = await opts.sec.document(c.cik, f.accession, f.primaryDocument);
        const [report] = await importInputs(db, [doc.path], {
          dryRun: opts.dryRun,
          filing: { url: doc.url, date: f.filingDate },
          onSaved: (tx, runId, eventsBefore) =>
            recordChanges(tx, runId, eventsBefore, { form: { url: doc.url, form: f.form } }),
        });
        // A current report (8-K, 6-K) need not carry inline XBRL at all: it is a filing without figures, not an error.
        const currentReport = /^(8-K|6-K)/.test(f.form);
        if (currentReport && report.status === "rejected") report.status = "empty";
        tally(r, report, `${f.form} ${f.filingDate} ${doc.url}`);
        if (report.status === "empty" && report.importRunId !== null && !opts.dryRun) {
          recordNewFiling(db, {
            runId: report.importRunId,
            companyId: c.id,
            url: doc.url,
            kind: f.form,
            date: f.filingDate,
          });
        }
      }
      progress(`${tag} ${bar(filings.length, filings.length)} companyfacts`);
      const facts = await opts.sec.companyFacts(c.cik);
      const [report] = await importInputs(db, [facts.path], {
        dryRun: opts.dryRun,
        onSaved: (tx, runId, eventsBefore) => recordChanges(tx, runId, eventsBefore),
      });
      tally(r, report, `companyfacts ${facts.url}`);
      r.ok = r.errors.length === 0;
    } catch (err) {
      r.errors.push(err instanceof Error ? err.message : String(err));
    }
    if (r.ok && !opts.dryRun) db.prepare("UPDATE Company SET refreshedAt = ? WHERE id = ?").run(today, c.id);
    for (const { kind, n } of changeCounts.all(c.id, firstChange)) {
      if (kind === "new-figure") r.changes.newFigures = n;
      if (kind === "revised-figure") r.changes.revisedFigures = n;
      if (kind === "new-filing") r.changes.newFilings = n;
      if (kind === "new-event") r.changes.newEvents = n;
    }
  }
  return results;
}

function trackedCompanies(db: Database.Database, tickers?: readonly string[]) {
  const all = db.prepare("SELECT id, ticker, cik, refreshedAt FROM Company ORDER BY ticker").all() as {
    id: number;
    ticker: string;
    cik: string | null;
    refreshedAt: string | null;
  }[];
  if (!tickers?.length) return all.filter((c): c is typeof c & { cik: string } => c.cik !== null);
  return tickers.map((t) => {
    const c = all.find((x) => x.ticker === t.toUpperCase());
    if (!c) throw new RefreshError(`${t} is not a tracked company; add it with: npm run refresh -- --add ${t}`);
    if (!c.cik) throw new RefreshError(`${c.ticker} has no SEC CIK recorded, so EDGAR cannot be asked for its filings`);
    return { ...c, cik: c.cik };
  });
}

function tally(r: CompanyRefresh, report: ImportReport, what: string) {
  if (report.status === "ok") r.imported++;
  else if (report.status === "unchanged" || report.status === "dry-run") r.unchanged++;
  else if (report.status === "empty") r.withoutFigures++;
  else {
    r.rejected++;
    r.errors.push(`${what}: ${report.errors.slice(0, 3).join("; ")}`);
  }
}

function bar(done: number, total: number): string {
  const width = 20;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`;
}
