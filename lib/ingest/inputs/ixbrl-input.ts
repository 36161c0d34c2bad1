import { extractFactsFromFile } from "../ixbrl/index";
import { mapFacts } from "../xbrl/map-facts";
import { type CompanyDirectory, emptyPrepared, type PreparedInput } from "./prepared-input";
import { addXbrlObservations, sourceKindOfForm } from "./xbrl-observations";

export interface FilingSource {
  /** The document's address; without it the EDGAR filing index of the company and form is cited. */
  url?: string;
  /** Filing date (YYYY-MM-DD) when known. */
  date?: string;
}

/** An inline-XBRL 10-Q / 10-K / 8-K / 6-K document → observations of the company named in its dei facts. */
export async function prepareIxbrl(
  file: string,
  companies: CompanyDirectory,
  source: FilingSource = {},
): Promise<PreparedInput> {
  const out = emptyPrepared(file, "ixbrl");
  const x = await extractFactsFromFile(file);
  for (const e of x.errors) {
    out.errors.push({
      file,
      line: e.line,
      field: e.fact ? `${e.fact.concept} (contextRef ${e.fact.contextRef ?? "none"})` : e.kind,
      message: e.message.replace(/^line \d+: /, ""),
    });
  }
  if (out.errors.length) return out;
  const cik = x.dei.cik?.replace(/^0+/, "") ?? null;
  // The ticker is a fallback for companies whose CIK is not recorded yet; a recorded, different CIK means
  // another company (tickers get reused), so it never matches.
  const byTicker = x.dei.ticker ? companies.byTicker(x.dei.ticker.toUpperCase()) : null;
  const tickerMatch = byTicker && (!byTicker.cik || !cik || byTicker.cik.replace(/^0+/, "") === cik) ? byTicker : null;
  const company = (cik ? companies.byCik(cik) : null) ?? tickerMatch;
  if (!company) {
    out.errors.push({
      file,
      line: "dei",
      field: "dei:EntityCentralIndexKey",
      message: `unknown company (CIK ${cik ?? "none"}, ticker ${x.dei.ticker ?? "none"}); add it with a companies CSV first`,
    });
    return out;
  }
  const kind = sourceKindOfForm(x.dei.documentType);
  if (!kind) {
    out.errors.push({
      file,
      line: "dei",
      field: "dei:DocumentType",
      message: `unsupported form "${x.dei.documentType ?? ""}"`,
    });
    return out;
  }
  const { mapped, unmapped } = mapFacts(x.facts, company.ticker, company.fiscalYearEnd);
  out.unmapped = unmapped;
  const period = mapped.find((m) => m.fact.instant || m.fact.end)?.periodEnd ?? "";
  // Without the document URL, cite the company's EDGAR index for this form; the fragment keeps one Source per filing.
  const url =
    source.url ??
    `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${company.cik ?? cik}&type=${encodeURIComponent(kind)}&dateb=&owner=include&count=40#${x.dei.fiscalYearFocus ?? ""}${x.dei.fiscalPeriodFocus ?? ""}-${period}`;
  if (!source.url) out.notes.push(`No --source-url given: citing the EDGAR filing index ${url}`);
  addXbrlObservations(out, company.ticker, mapped, () => ({ url, kind, date: source.date ?? null }));
  out.notes.push(
    `${x.facts.length} facts read, ${mapped.length} mapped, ${unmapped.length} relevant-looking facts not mapped`,
  );
  return out;
}
