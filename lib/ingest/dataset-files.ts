import fs from "node:fs";
import path from "node:path";
import {
  type BtcPriceRow,
  btcPriceRowSchema,
  type CompanyNoteRow,
  type CompanyRow,
  type ContractRow,
  companyNoteRowSchema,
  companyRowSchema,
  contractRowSchema,
  type FilingManifestRow,
  filingManifestRowSchema,
  type HalvingRow,
  halvingRowSchema,
  type ObservationRow,
  observationRowSchema,
} from "../schemas/dataset";
import { checkObservationRows } from "./check-observations";
import { CSV_HEADERS } from "./inputs/csv-input";
import { parseCsvRows, type RowError } from "./read-csv";

export interface Located<T> {
  file: string;
  line: number;
  value: T;
}

/** The curated dataset as validated rows, each remembering where it came from. */
export interface Dataset {
  companies: Located<CompanyRow>[];
  observations: Located<ObservationRow>[];
  prices: Located<BtcPriceRow>[];
  notes: Located<CompanyNoteRow>[];
  contracts: Located<ContractRow>[];
  halvings: Located<HalvingRow>[];
  /** Real filings shipped in filings/ (gzipped), imported through the inline-XBRL path. */
  filings: Located<FilingManifestRow>[];
}

const FILES = {
  companies: { name: "companies.csv", schema: companyRowSchema },
  observations: { name: "observations.csv", schema: observationRowSchema },
  prices: { name: "btc-prices.csv", schema: btcPriceRowSchema },
  notes: { name: "company-notes.csv", schema: companyNoteRowSchema },
  contracts: { name: "contracts.csv", schema: contractRowSchema },
  halvings: { name: "halvings.csv", schema: halvingRowSchema },
  filings: { name: path.join("filings", "MANIFEST.csv"), schema: filingManifestRowSchema },
} as const;

const HEADERS: Record<keyof typeof FILES, readonly string[]> = {
  companies: CSV_HEADERS["companies-csv"],
  observations: CSV_HEADERS["observations-csv"],
  prices: CSV_HEADERS["btc-prices-csv"],
  notes: ["ticker", "kind", "topic", "text"],
  contracts: ["ticker", "date", "title", "counterparty", "term_years", "value_source_url", "mw_source_url"],
  halvings: ["date", "block", "source_url", "source_kind", "quote"],
  filings: ["file", "ticker", "cik", "form", "period_end", "accession", "document_url", "date", "date_kind"],
};

/** Where a manifest row's document is stored: gzipped beside the manifest. */
export function filingPath(dir: string, row: FilingManifestRow): string {
  return path.join(dir, "filings", `${row.file}.gz`);
}

/** Reads and validates every dataset file in `dir`; all errors of all files are returned together. */
export function readDatasetDir(dir: string): { dataset: Dataset; errors: RowError[] } {
  const errors: RowError[] = [];
  const read = <K extends keyof typeof FILES>(key: K) => {
    const { name, schema } = FILES[key];
    const file = path.join(dir, name);
    const parsed = parseCsvRows(fs.readFileSync(file, "utf8"), file, schema, HEADERS[key]);
    errors.push(...parsed.errors);
    return parsed.rows.map((r) => ({ file, line: r.line, value: r.value }));
  };
  const dataset = {
    companies: read("companies"),
    observations: read("observations"),
    prices: read("prices"),
    notes: read("notes"),
    contracts: read("contracts"),
    halvings: read("halvings"),
    filings: read("filings"),
  } as Dataset;
  errors.push(...crossCheckDataset(dataset));
  return { dataset, errors };
}

/** Checks that need more than one row: references between files, conflicting duplicates. */
export function crossCheckDataset(d: Dataset): RowError[] {
  const errors: RowError[] = [];
  const tickers = new Set(d.companies.map((c) => c.value.ticker));
  const at = (r: Located<unknown>, field: string, message: string) =>
    errors.push({ file: r.file, line: r.line, field, message });

  for (const list of [d.notes, d.contracts] as Located<{ ticker: string }>[][]) {
    for (const r of list) if (!tickers.has(r.value.ticker)) at(r, "ticker", `unknown ticker "${r.value.ticker}"`);
  }
  errors.push(...checkObservationRows(d.observations, (t) => tickers.has(t)));
  for (const r of d.filings) {
    const company = d.companies.find((c) => c.value.ticker === r.value.ticker);
    if (!company) at(r, "ticker", `unknown ticker "${r.value.ticker}"`);
    else if (company.value.cik !== r.value.cik)
      at(r, "cik", `${r.value.ticker}'s CIK is ${company.value.cik ?? "not recorded"}`);
    const file = filingPath(path.dirname(path.dirname(r.file)), r.value);
    if (!fs.existsSync(file)) at(r, "file", `${file} is missing`);
  }

  const urlsByTicker = new Set(d.observations.map((r) => `${r.value.ticker} ${r.value.source_url}`));
  for (const r of d.contracts) {
    const c = r.value;
    for (const field of ["value_source_url", "mw_source_url"] as const) {
      const url = c[field];
      if (url && !urlsByTicker.has(`${c.ticker} ${url}`)) at(r, field, `no ${c.ticker} observation cites ${url}`);
    }
    if (!c.value_source_url && !c.mw_source_url) at(r, "value_source_url", "a contract needs a value or MW source");
  }
  return errors;
}
