import "server-only";
import { z } from "zod";
import { parseCompanyParams } from "../schemas/company-params";
import { parseTicker } from "../schemas/ticker";
import { COMPANY_VIEW, canonicalViewQuery } from "../url/view-segment";
import type { Citation } from "./citation";
import { getCompanyView } from "./company-view";
import { getOverviewView } from "./overview-view";

/** A page address on this site, as the browser shows it: path and query, no origin. */
export const pageAddressSchema = z
  .string()
  .max(500)
  .regex(/^\/[^\s]*$/, "a path on this site, starting with /");

/**
 * The citations of every value cited on a page, for its source cards (fetched on demand, so the page itself
 * carries none). Built from the same cached view the page renders, so a card always matches its number.
 * Null for an address that shows no cited values.
 */
export async function getPageCitations(address: string): Promise<Record<string, Citation> | null> {
  const url = new URL(address, "http://x");
  if (url.pathname === "/" || url.pathname === "/overview") return (await getOverviewView()).citations;
  const m = /^(?:\/embed)?\/companies\/([^/]+)\/?$/.exec(url.pathname);
  const ticker = m ? parseTicker(m[1]) : null;
  if (!ticker) return null;
  const raw = Object.fromEntries(canonicalViewQuery(url.searchParams, COMPANY_VIEW));
  const view = await getCompanyView(ticker, parseCompanyParams(raw).params);
  return view?.citations ?? null;
}
