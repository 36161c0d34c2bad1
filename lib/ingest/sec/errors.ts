/**
 * Typed errors for the SEC client. Each names the URL involved so a failed ingest run
 * says exactly which request to retry or inspect.
 */
export class SecError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad or missing configuration (e.g. no User-Agent); raised before any request is made. */
export class SecConfigError extends SecError {}

/** The server answered with a non-2xx status (after any retries). */
export class SecHttpError extends SecError {
  readonly url: string;
  readonly status: number;
  constructor(url: string, status: number, message = `SEC request failed: HTTP ${status} for ${url}`) {
    super(message);
    this.url = url;
    this.status = status;
  }
}

/** 404 on a per-company endpoint: EDGAR has nothing for that CIK. */
export class SecNotFoundError extends SecHttpError {
  readonly cik: string;
  constructor(url: string, cik: string) {
    super(url, 404, `no SEC data for CIK ${cik} (HTTP 404 for ${url})`);
    this.cik = cik;
  }
}

/** The request never got an HTTP answer (DNS, refused connection, reset, timeout). */
export class SecNetworkError extends SecError {
  readonly url: string;
  constructor(url: string, cause: unknown) {
    super(`network error fetching ${url}: ${describeCause(cause)}`, { cause });
    this.url = url;
  }
}

/** A 2xx body that does not have the shape we rely on (the SEC changed a format, or a proxy served HTML). */
export class SecResponseError extends SecError {
  readonly url: string;
  constructor(url: string, detail: string) {
    super(`unexpected response from ${url}: ${detail}`);
    this.url = url;
  }
}

/** The input is neither a CIK nor a ticker EDGAR knows. */
export class SecLookupError extends SecError {}

/** undici wraps the useful part (ECONNREFUSED, ENOTFOUND, ...) in `cause`; surface it. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause;
  if (inner instanceof Error) {
    const code = "code" in inner && typeof inner.code === "string" ? `${inner.code} ` : "";
    return `${cause.message} (${code}${inner.message})`.replace(/\s+\)/, ")");
  }
  return cause.message;
}
