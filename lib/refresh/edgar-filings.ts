import type { RecentFilings } from "../ingest/sec/schemas";

/** The forms a refresh reads, and their amendments ("10-Q/A"). */
export const REFRESH_FORMS = ["10-Q", "10-K", "20-F", "40-F", "6-K", "8-K"] as const;
/** Where a company's first refresh starts. */
export const FIRST_REFRESH_SINCE = "2023-01-01";

export interface EdgarFiling {
  form: string;
  accession: string;
  filingDate: string;
  reportDate: string | null;
  primaryDocument: string;
}

/**
 * The filings of REFRESH_FORMS (and their amendments) filed on or after `since`, oldest first, so that an
 * amendment is imported after the report it amends. Rows without a primary document are skipped.
 */
export function filingsSince(recent: RecentFilings, since: string): EdgarFiling[] {
  const wanted = new Set<string>(REFRESH_FORMS.flatMap((f) => [f, `${f}/A`]));
  const out: EdgarFiling[] = [];
  for (let i = 0; i < recent.form.length; i++) {
    if (!wanted.has(recent.form[i]) || recent.filingDate[i] < since || !recent.primaryDocument[i]) continue;
    out.push({
      form: recent.form[i],
      accession: recent.accessionNumber[i],
      filingDate: recent.filingDate[i],
      reportDate: recent.reportDate[i] || null,
      primaryDocument: recent.primaryDocument[i],
    });
  }
  return out.sort((a, b) => a.filingDate.localeCompare(b.filingDate) || a.accession.localeCompare(b.accession));
}
