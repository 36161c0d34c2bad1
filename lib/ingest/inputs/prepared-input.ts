import type { BtcPriceRow, CompanyRow, ObservationRow } from "../../schemas/dataset";
import type { RowError } from "../read-csv";
import type { UnmappedFact } from "../xbrl/map-facts";

export const INPUT_KINDS = [
  "observations-csv",
  "companies-csv",
  "btc-prices-csv",
  "dataset-json",
  "ixbrl",
  "companyfacts",
] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** One input file parsed and validated, ready for a single transactional save (or a dry run). */
export interface PreparedInput {
  file: string;
  kind: InputKind;
  companies: CompanyRow[];
  prices: BtcPriceRow[];
  observations: { line: number | string; value: ObservationRow }[];
  errors: RowError[];
  /** Relevant-looking XBRL facts no mapping rule matched, for a person to review. */
  unmapped: UnmappedFact[];
  /** Facts that were understood but not imported, and other remarks worth printing. */
  notes: string[];
  /** `file:line:concept: message` for facts read after a repair or skipped as unreadable; never block the input. */
  warnings: string[];
  /** Why the input holds nothing to import (an exhibit, a cover page without numbers), when it does not. */
  empty: string | null;
  /** Inline-XBRL inputs: how many facts were read and how many mapped to metrics. */
  stats?: { factsRead: number; mapped: number };
}

export function emptyPrepared(file: string, kind: InputKind): PreparedInput {
  return {
    file,
    kind,
    companies: [],
    prices: [],
    observations: [],
    errors: [],
    unmapped: [],
    notes: [],
    warnings: [],
    empty: null,
  };
}

/** Companies known to the database, plus those the same input adds. */
export interface CompanyDirectory {
  byTicker(ticker: string): { ticker: string; fiscalYearEnd: string; cik: string | null } | null;
  byCik(cik: string): { ticker: string; fiscalYearEnd: string; cik: string | null } | null;
}
