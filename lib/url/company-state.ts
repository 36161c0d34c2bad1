import type { CompanyParams } from "../schemas/company-params";

/** Company page state → query string: only values that differ from the defaults, in a fixed order. */
export function serializeCompanyParams(p: CompanyParams, defaultCommitment: string | null): string {
  const q = new URLSearchParams();
  if (p.cadence !== "monthly") q.set("cadence", p.cadence);
  if (p.commitment && p.commitment !== defaultCommitment) q.set("commitment", p.commitment);
  if (!p.events) q.set("events", "0");
  if (p.filings) q.set("filings", "1");
  if (p.periods !== "recent") q.set("periods", p.periods);
  return q.toString();
}

/**
 * A link to a company page with some of its state changed, keeping the rest, so no control drops another's
 * choice. `embed` keeps the link inside the embedded view (and picks the every-date chart there).
 */
export function companyHref(
  ticker: string,
  current: CompanyParams,
  patch: Partial<CompanyParams>,
  opts: { defaultCommitment: string | null; embed?: boolean; hash?: string } = { defaultCommitment: null },
): string {
  const q = serializeCompanyParams({ ...current, ...patch }, opts.defaultCommitment);
  const query = opts.embed ? [q, "view=dates"].filter(Boolean).join("&") : q;
  return `${opts.embed ? "/embed" : ""}/companies/${ticker}${query ? `?${query}` : ""}${opts.hash ? `#${opts.hash}` : ""}`;
}
