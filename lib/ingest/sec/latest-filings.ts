import type { RecentFilings } from "./schemas";

export interface FilingRef {
  form: string;
  accession: string;
  filingDate: string;
  /** Period end; null when EDGAR leaves it blank. */
  reportDate: string | null;
  primaryDocument: string;
}

/**
 * The newest filing of each requested form. `filings.recent` is ordered newest first, so the
 * first match wins. Forms match exactly: "10-Q" does not pick up a "10-Q/A" amendment, whose
 * primary document is often a partial cover page rather than the full report. Rows without a
 * primary document are skipped.
 */
export function latestFilings(recent: RecentFilings, forms: readonly string[]): Map<string, FilingRef> {
  const wanted = new Set(forms);
  const found = new Map<string, FilingRef>();
  for (let i = 0; i < recent.form.length && found.size < wanted.size; i++) {
    const form = recent.form[i];
    if (!wanted.has(form) || found.has(form) || recent.primaryDocument[i] === "") continue;
    found.set(form, {
      form,
      accession: recent.accessionNumber[i],
      filingDate: recent.filingDate[i],
      reportDate: recent.reportDate[i] || null,
      primaryDocument: recent.primaryDocument[i],
    });
  }
  return found;
}
