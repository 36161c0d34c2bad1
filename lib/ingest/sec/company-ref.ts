import { SecLookupError } from "./errors";
import type { CompanyTickers } from "./schemas";
import { padCik } from "./urls";

export interface ResolvedCompany {
  /** 10 digits, zero-padded. */
  cik: string;
  ticker: string | null;
  name: string | null;
}

export type CompanyRef = { kind: "cik"; cik: string } | { kind: "ticker"; ticker: string };

/**
 * All digits (optionally "CIK"-prefixed) is a CIK; anything else is a ticker. No ticker is
 * all digits on US exchanges, so the split is unambiguous.
 */
export function parseCompanyRef(input: string): CompanyRef {
  const trimmed = input.trim();
  if (/^(CIK)?\d+$/i.test(trimmed)) {
    const significant = trimmed.replace(/^CIK/i, "").replace(/^0+/, "");
    if (significant === "" || significant.length > 10) {
      throw new SecLookupError(`"${input}" is not a valid CIK (1 to 10 digits, not zero)`);
    }
    return { kind: "cik", cik: padCik(significant) };
  }
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,9}$/.test(trimmed)) {
    throw new SecLookupError(`"${input}" is neither a CIK (digits) nor a ticker symbol`);
  }
  return { kind: "ticker", ticker: normalizeTicker(trimmed) };
}

/** Case-insensitive, and "BRK.B" matches EDGAR's "BRK-B". */
function normalizeTicker(ticker: string): string {
  return ticker.toUpperCase().replace(/\./g, "-");
}

export function findTicker(tickers: CompanyTickers, ticker: string): ResolvedCompany {
  const wanted = normalizeTicker(ticker);
  for (const entry of Object.values(tickers)) {
    if (normalizeTicker(entry.ticker) === wanted) {
      return { cik: padCik(entry.cik_str), ticker: entry.ticker, name: entry.title };
    }
  }
  throw new SecLookupError(`unknown ticker "${ticker}": not listed in the SEC's company_tickers.json`);
}
