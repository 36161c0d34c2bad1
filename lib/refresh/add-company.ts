import type Database from "better-sqlite3";
import { finishImportRun, startImportRun } from "../ingest/import-run";
import { saveCompanies } from "../ingest/save-reference-rows";
import type { SecClient } from "../ingest/sec";
import { companyRowSchema } from "../schemas/dataset";
import { RefreshError } from "./refresh";

/**
 * `npm run refresh -- --add TICKER`: creates the company from the SEC's own data — the ticker map for its CIK,
 * then its submissions index for the name, tickers, exchange, fiscal year end and former names — so that a
 * refresh can follow it. A company already tracked is left as it is.
 */
export async function addCompanyFromSec(
  db: Database.Database,
  sec: SecClient,
  ticker: string,
): Promise<{ ticker: string; name: string; cik: string; created: boolean }> {
  const wanted = ticker.toUpperCase();
  const existing = db.prepare("SELECT ticker, name, cik FROM Company WHERE ticker = ?").get(wanted) as
    | { ticker: string; name: string; cik: string | null }
    | undefined;
  if (existing?.cik) return { ...existing, cik: existing.cik, created: false };
  const { cik } = await sec.resolveCik(wanted);
  const { value: s, url } = await sec.submissions(cik);
  const at = (s.tickers ?? []).findIndex((t) => t.toUpperCase() === wanted);
  const fy = s.fiscalYearEnd ?? "";
  const row = companyRowSchema.safeParse({
    ticker: wanted,
    name: s.name ?? "",
    former_names: (s.formerNames ?? []).map((n) => n.name).join("; "),
    cik: String(Number(cik)),
    exchange: (at >= 0 ? s.exchanges?.[at] : s.exchanges?.[0]) ?? "",
    fiscal_year_end: /^\d{4}$/.test(fy) ? `${fy.slice(0, 2)}-${fy.slice(2)}` : "",
    website: s.website || `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${Number(cik)}`,
  });
  if (!row.success) {
    const problems = row.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new RefreshError(`${url}: the SEC's data for ${wanted} cannot describe a company (${problems})`);
  }
  const runId = startImportRun(db, url, "sec-company");
  const counts = db.transaction(() => saveCompanies(db, [row.data]))();
  finishImportRun(db, runId, "ok", counts, []);
  return { ticker: wanted, name: row.data.name, cik: row.data.cik ?? cik, created: true };
}
