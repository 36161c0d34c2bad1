// Public surface of the SEC EDGAR client; internals (cache, limiter, URL builders) are exported
// too so the importer and tests can reuse them without reaching into individual files.
export { MAX_RETRIES, parseRetryAfter, retryDelayMs } from "./backoff";
export type { CachedFetchOptions } from "./cached-fetch";
export type {
  CompanyDownload,
  DownloadedFiling,
  DownloadOptions,
  SecClient,
} from "./client";
export { createSecClient } from "./client";
export { type Clock, realClock } from "./clock";
export { parseCompanyRef, type ResolvedCompany } from "./company-ref";
export { resolveSecConfig, type SecClientOptions, type SecConfig, type SecFetch } from "./config";
export { type CacheMeta, cacheFileName, createDiskCache } from "./disk-cache";
export { downloadForIngest, type IngestDownload, toIngestList } from "./download-for-ingest";
export {
  SecConfigError,
  SecError,
  SecHttpError,
  SecLookupError,
  SecNetworkError,
  SecNotFoundError,
  SecResponseError,
} from "./errors";
export { type FilingRef, latestFilings } from "./latest-filings";
export { createRateLimiter, type RateLimiter } from "./rate-limiter";
export { companyFactsUrl, companyTickersUrl, filingDocumentUrl, padCik, submissionsUrl } from "./urls";
