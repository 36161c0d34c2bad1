/** URL builders for the EDGAR endpoints; base URLs come from config so tests can point at a local server. */

/** "827876" → "0000827876": EDGAR's JSON endpoints key on the zero-padded 10-digit form. */
export function padCik(cik: string | number): string {
  const digits = String(cik).replace(/^CIK/i, "");
  if (!/^\d{1,10}$/.test(digits)) throw new RangeError(`not a CIK: ${String(cik)}`);
  return digits.padStart(10, "0");
}

export function companyTickersUrl(wwwBaseUrl: string): string {
  return `${wwwBaseUrl}/files/company_tickers.json`;
}

export function submissionsUrl(dataBaseUrl: string, cik10: string): string {
  return `${dataBaseUrl}/submissions/CIK${cik10}.json`;
}

export function companyFactsUrl(dataBaseUrl: string, cik10: string): string {
  return `${dataBaseUrl}/api/xbrl/companyfacts/CIK${cik10}.json`;
}

/** Archive paths use the CIK without leading zeros and the accession number without dashes. */
export function filingDocumentUrl(wwwBaseUrl: string, cik: string, accession: string, primaryDocument: string): string {
  const cikPlain = String(Number(cik));
  const folder = accession.replace(/-/g, "");
  // Some primary documents live in a subfolder (e.g. "xslFormDX01/primary_doc.xml"): keep the slashes.
  const doc = primaryDocument.split("/").map(encodeURIComponent).join("/");
  return `${wwwBaseUrl}/Archives/edgar/data/${cikPlain}/${folder}/${doc}`;
}
