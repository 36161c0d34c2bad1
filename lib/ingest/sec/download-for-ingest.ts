import { type CompanyDownload, createSecClient, type DownloadOptions } from "./client";
import type { SecClientOptions } from "./config";

export interface IngestDownload {
  kind: "companyfacts" | "filing";
  /** EDGAR form type for filings ("10-Q", "10-K"); null for companyfacts. */
  form: string | null;
  /** Original SEC URL, recorded by the importer as the source. */
  url: string;
  /** Local cached copy to import. */
  path: string;
  /** Filing date (YYYY-MM-DD) for filings; null for companyfacts, which spans many filings. */
  date: string | null;
}

/**
 * Adapter for `npm run ingest -- --sec <ticker|CIK>`: downloads (or reuses from cache) the
 * company's files and lists them in import order — companyfacts, then each primary document.
 * Configuration comes from SEC_* env vars unless overridden.
 */
export async function downloadForIngest(
  tickerOrCik: string,
  options: SecClientOptions & DownloadOptions = {},
): Promise<IngestDownload[]> {
  const { forms, refresh, ...clientOptions } = options;
  const client = createSecClient(clientOptions);
  return toIngestList(await client.downloadCompany(tickerOrCik, { forms, refresh }));
}

export function toIngestList(download: CompanyDownload): IngestDownload[] {
  return [
    { kind: "companyfacts", form: null, url: download.companyFactsUrl, path: download.companyFactsPath, date: null },
    ...download.filings.map(
      (f): IngestDownload => ({ kind: "filing", form: f.form, url: f.url, path: f.path, date: f.filingDate }),
    ),
  ];
}
