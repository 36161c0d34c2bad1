import { type CachedFetchOptions, createCachedFetch } from "./cached-fetch";
import { findTicker, parseCompanyRef, type ResolvedCompany } from "./company-ref";
import { resolveSecConfig, type SecClientOptions } from "./config";
import { createDiskCache } from "./disk-cache";
import { SecHttpError, SecNotFoundError, SecResponseError } from "./errors";
import { createSecHttp } from "./http";
import { latestFilings } from "./latest-filings";
import {
  companyFactsSchema,
  companyTickersSchema,
  documentDecoder,
  jsonDecoder,
  type Submissions,
  submissionsSchema,
} from "./schemas";
import { companyFactsUrl, companyTickersUrl, filingDocumentUrl, padCik, submissionsUrl } from "./urls";

export interface DownloadOptions {
  /** Exact EDGAR form types; default ["10-Q", "10-K"]. */
  forms?: readonly string[];
  /** Bypass the disk cache for every request of this call. */
  refresh?: boolean;
}

export interface DownloadedFiling {
  form: string;
  accession: string;
  filingDate: string;
  reportDate: string | null;
  /** Original sec.gov URL: the importer records this as the source, not the local path. */
  url: string;
  /** Cached copy on disk. */
  path: string;
}

export interface CompanyDownload {
  cik: string;
  name: string | null;
  companyFactsUrl: string;
  companyFactsPath: string;
  submissionsUrl: string;
  submissionsPath: string;
  /** In the order of `forms`; a form with no filing in `filings.recent` is listed in missingForms instead. */
  filings: DownloadedFiling[];
  missingForms: string[];
}

export interface SecClient {
  resolveCik(tickerOrCik: string, options?: CachedFetchOptions): Promise<ResolvedCompany>;
  downloadCompany(tickerOrCik: string, options?: DownloadOptions): Promise<CompanyDownload>;
  /** The company's submissions index (always fetched fresh: it is how new filings are found). */
  submissions(cik: string): Promise<{ value: Submissions; url: string; path: string }>;
  /** companyfacts, fetched fresh; `url` is the canonical data.sec.gov address to cite. */
  companyFacts(cik: string): Promise<{ url: string; path: string }>;
  /** One filing document, from the disk cache when it was downloaded before (filed documents do not change). */
  document(cik: string, accession: string, primaryDocument: string): Promise<{ url: string; path: string }>;
  /** HTTP attempts made by this client (cache hits make none). */
  requestCount(): number;
}

const DEFAULT_FORMS = ["10-Q", "10-K"] as const;
const SEC_WWW = "https://www.sec.gov";
const SEC_DATA = "https://data.sec.gov";

export function createSecClient(options: SecClientOptions = {}): SecClient {
  const config = resolveSecConfig(options);
  const http = createSecHttp(config);
  const get = createCachedFetch(http, createDiskCache(config.cacheDir));

  async function resolveCik(tickerOrCik: string, opts: CachedFetchOptions = {}): Promise<ResolvedCompany> {
    const ref = parseCompanyRef(tickerOrCik);
    // A CIK needs no lookup; name and ticker come from the submissions file when downloading.
    if (ref.kind === "cik") return { cik: ref.cik, ticker: null, name: null };
    const tickers = await get(companyTickersUrl(config.wwwBaseUrl), jsonDecoder(companyTickersSchema), opts);
    return findTicker(tickers.value, ref.ticker);
  }

  async function downloadCompany(tickerOrCik: string, opts: DownloadOptions = {}): Promise<CompanyDownload> {
    const forms = [...new Set(opts.forms ?? DEFAULT_FORMS)];
    const fetchOpts = { refresh: opts.refresh };
    const company = await resolveCik(tickerOrCik, fetchOpts);
    const { cik } = company;

    // Submissions first: it is the cheaper file and fails fast for a CIK EDGAR does not know.
    const submissions = await notFoundAsUnknownCik(
      cik,
      get(submissionsUrl(config.dataBaseUrl, cik), jsonDecoder(submissionsSchema), fetchOpts),
    );
    const facts = await notFoundAsUnknownCik(
      cik,
      get(companyFactsUrl(config.dataBaseUrl, cik), jsonDecoder(companyFactsSchema), fetchOpts),
    );
    if (facts.value.cik !== Number(cik)) {
      throw new SecResponseError(facts.url, `companyfacts is for CIK ${facts.value.cik}, expected ${cik}`);
    }

    const latest = latestFilings(submissions.value.filings.recent, forms);
    const filings: DownloadedFiling[] = [];
    // Sequential on purpose: two documents gain little from parallelism, and order stays deterministic.
    for (const form of forms) {
      const ref = latest.get(form);
      if (!ref) continue;
      const url = filingDocumentUrl(config.wwwBaseUrl, cik, ref.accession, ref.primaryDocument);
      const doc = await get(url, documentDecoder, fetchOpts);
      const { primaryDocument: _omit, ...rest } = ref;
      filings.push({ ...rest, url, path: doc.path });
    }

    return {
      cik,
      name: submissions.value.name ?? facts.value.entityName ?? company.name,
      companyFactsUrl: facts.url,
      companyFactsPath: facts.path,
      submissionsUrl: submissions.url,
      submissionsPath: submissions.path,
      filings,
      missingForms: forms.filter((form) => !latest.has(form)),
    };
  }

  return {
    resolveCik,
    downloadCompany,
    requestCount: http.requestCount,
    async submissions(cik) {
      const r = await notFoundAsUnknownCik(
        cik,
        get(submissionsUrl(config.dataBaseUrl, padCik(cik)), jsonDecoder(submissionsSchema), { refresh: true }),
      );
      return { value: r.value, url: r.url, path: r.path };
    },
    async companyFacts(cik) {
      const r = await notFoundAsUnknownCik(
        cik,
        get(companyFactsUrl(config.dataBaseUrl, padCik(cik)), jsonDecoder(companyFactsSchema), { refresh: true }),
      );
      return { url: companyFactsUrl(SEC_DATA, padCik(cik)), path: r.path };
    },
    async document(cik, accession, primaryDocument) {
      const r = await get(filingDocumentUrl(config.wwwBaseUrl, cik, accession, primaryDocument), documentDecoder);
      // Cited by its sec.gov address whichever mirror served it, so the same filing is one source everywhere.
      return { url: filingDocumentUrl(SEC_WWW, cik, accession, primaryDocument), path: r.path };
    },
  };
}

/** On the per-company endpoints a 404 means "EDGAR has no such company", which deserves its own message. */
async function notFoundAsUnknownCik<T>(cik: string, pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof SecHttpError && error.status === 404) throw new SecNotFoundError(error.url, cik);
    throw error;
  }
}
