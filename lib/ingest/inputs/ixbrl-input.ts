import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractFactsFromBytes, extractFactsFromFile, type IxbrlExtraction } from "../ixbrl/index";
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
  return prepareExtraction(file, await extractFactsFromFile(file), companies, source);
}

/**
 * The same, reading the whole file at once: for the seed, whose single transaction is synchronous. The
 * filings it ships are a few megabytes each, so holding one in memory costs nothing.
 */
export function prepareIxbrlSync(file: string, companies: CompanyDirectory, source: FilingSource = {}): PreparedInput {
  const bytes = readFileSync(file);
  const x = extractFactsFromBytes(file.toLowerCase().endsWith(".gz") ? gunzipSync(bytes) : bytes);
  return prepareExtraction(file, x, companies, source);
}

function prepareExtraction(
  file: string,
  x: IxbrlExtraction,
  companies: CompanyDirectory,
  source: FilingSource,
): PreparedInput {
  const out = emptyPrepared(file, "ixbrl");
  const exhibit = x.errors.find((e) => e.kind === "exhibit");
  if (exhibit) {
    out.empty = exhibit.message.replace(/^line \d+: not an Inline XBRL document: /, "");
    return out;
  }
  for (const w of x.warnings)
    out.warnings.push(`${file}:${w.line}:${w.fact.concept}: ${w.message.replace(/^line \d+: \S+ /, "")}`);
  for (const e of x.errors) {
    out.errors.push({
      file,
      line: e.line,
      field: e.fact ? `${e.fact.concept} (contextRef ${e.fact.contextRef ?? "none"})` : e.kind,
      message: e.message.replace(/^line \d+: /, ""),
    });
  }
  if (out.errors.length) return out;
  if (x.facts.length === 0) {
    out.empty = `the document has no numeric XBRL facts (${x.dei.documentType ?? "form unknown"}${x.warnings.length ? `; ${x.warnings.length} unreadable, skipped` : ""}), so there is nothing to import`;
    return out;
  }
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
  out.stats = { factsRead: x.facts.length, mapped: mapped.length };
  if (mapped.length === 0) {
    out.empty = `${x.facts.length} facts read, none maps to a tracked metric, so there is nothing to import`;
    return out;
  }
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
