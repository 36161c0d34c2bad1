import path from "node:path";
import { prepareCompanyFacts } from "./inputs/companyfacts-input";
import { prepareCsv } from "./inputs/csv-input";
import { type FilingSource, prepareIxbrl } from "./inputs/ixbrl-input";
import { isCompanyFactsJson, prepareDatasetJson } from "./inputs/json-input";
import { type CompanyDirectory, emptyPrepared, type PreparedInput } from "./inputs/prepared-input";
import { readUtf8 } from "./read-text";

export const SUPPORTED_EXTENSIONS = [".csv", ".json", ".htm", ".html", ".xhtml"] as const;
const FILING_EXTENSIONS = [".htm", ".html", ".xhtml"];

/** Whether a directory import picks the file up: a supported extension, or a gzipped filing. */
export function isSupportedInput(file: string): boolean {
  const gz = path.extname(file).toLowerCase() === ".gz";
  const ext = contentExtension(file);
  return gz ? FILING_EXTENSIONS.includes(ext) : (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext);
}

/** The extension that says what a file holds: `.htm` for `x.htm.gz`. */
export function contentExtension(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return ext === ".gz" ? path.extname(file.slice(0, -3)).toLowerCase() : ext;
}

/** Detects an input's kind from its extension and content, then parses and validates it. Never writes. */
export async function prepareInput(
  file: string,
  companies: CompanyDirectory,
  filing: FilingSource = {},
): Promise<PreparedInput> {
  const ext = contentExtension(file);
  if (FILING_EXTENSIONS.includes(ext)) return prepareIxbrl(file, companies, filing);
  if (path.extname(file).toLowerCase() === ".gz") {
    const out = emptyPrepared(file, "ixbrl");
    out.errors.push({
      file,
      line: 1,
      field: "(file)",
      message: "only inline-XBRL filings (.htm.gz) may be compressed",
    });
    return out;
  }
  const read = readUtf8(file);
  if ("error" in read) {
    const out = emptyPrepared(file, ext === ".json" ? "dataset-json" : "observations-csv");
    out.errors.push({ file, line: read.line, field: "(encoding)", message: read.error });
    return out;
  }
  if (ext === ".csv") return prepareCsv(file, read.text);
  if (ext === ".json") {
    let value: unknown;
    try {
      value = JSON.parse(read.text);
    } catch (err) {
      const out = emptyPrepared(file, "dataset-json");
      const message = (err as Error).message;
      const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
      const line = Number.isNaN(position) ? 1 : read.text.slice(0, position).split("\n").length;
      out.errors.push({ file, line, field: "(json)", message: `invalid JSON: ${message}` });
      return out;
    }
    return isCompanyFactsJson(value) ? prepareCompanyFacts(file, value, companies) : prepareDatasetJson(file, value);
  }
  const out = emptyPrepared(file, "observations-csv");
  out.errors.push({
    file,
    line: 1,
    field: "(file)",
    message: `unsupported file type "${ext || "(none)"}"; expected ${SUPPORTED_EXTENSIONS.join(", ")}`,
  });
  return out;
}
