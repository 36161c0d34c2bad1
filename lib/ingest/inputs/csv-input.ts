import fs from "node:fs";
import { btcPriceRowSchema, companyRowSchema, observationRowSchema } from "../../schemas/dataset";
import { parseCsvRows } from "../read-csv";
import { emptyPrepared, type InputKind, type PreparedInput } from "./prepared-input";

export const CSV_HEADERS = {
  "observations-csv": [
    "ticker",
    "period_end",
    "period_type",
    "metric",
    "value",
    "unit",
    "source_url",
    "source_kind",
    "source_date",
    "quote",
  ],
  "companies-csv": ["ticker", "name", "former_names", "cik", "exchange", "fiscal_year_end", "website"],
  "btc-prices-csv": ["date", "close_usd", "source_url", "source_kind", "quote"],
} as const satisfies Partial<Record<InputKind, readonly string[]>>;

export type CsvKind = keyof typeof CSV_HEADERS;

/** Columns the dataset download (/data) adds to observations; checked when present (lib/schemas/dataset.ts). */
export const OPTIONAL_OBSERVATION_COLUMNS = ["source_tier", "basis", "derivation"] as const;

/** Which curated file a CSV is, from its header row; null when it matches none. */
export function detectCsvKind(text: string): CsvKind | null {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const cols = new Set(header.split(",").map((c) => c.trim().replace(/^"|"$/g, "")));
  const best = (Object.keys(CSV_HEADERS) as CsvKind[])
    .map((k) => ({ k, hits: CSV_HEADERS[k].filter((h) => cols.has(h)).length / CSV_HEADERS[k].length }))
    .sort((a, b) => b.hits - a.hits)[0];
  // A header with most of a format's columns is that format with mistakes, reported column by column.
  return best && best.hits >= 0.5 ? best.k : null;
}

export function prepareCsv(file: string, text = fs.readFileSync(file, "utf8")): PreparedInput {
  const kind = detectCsvKind(text);
  if (!kind) {
    const out = emptyPrepared(file, "observations-csv");
    out.errors.push({
      file,
      line: 1,
      field: "(header)",
      message: "not a MinerPivot CSV: the header matches no known format (observations, companies, btc-prices)",
    });
    return out;
  }
  const out = emptyPrepared(file, kind);
  if (kind === "observations-csv") {
    const r = parseCsvRows(text, file, observationRowSchema, CSV_HEADERS[kind], OPTIONAL_OBSERVATION_COLUMNS);
    out.observations = r.rows;
    out.errors.push(...r.errors);
  } else if (kind === "companies-csv") {
    const r = parseCsvRows(text, file, companyRowSchema, CSV_HEADERS[kind]);
    out.companies = r.rows.map((x) => x.value);
    out.errors.push(...r.errors);
  } else {
    const r = parseCsvRows(text, file, btcPriceRowSchema, CSV_HEADERS[kind]);
    out.prices = r.rows.map((x) => x.value);
    out.errors.push(...r.errors);
  }
  return out;
}
