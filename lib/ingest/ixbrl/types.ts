/** One ix:nonFraction fact, in the exact field order of its JSON line (see format-fact.ts). */
export interface IxbrlFact {
  /** The `name` attribute QName as written, e.g. `us-gaap:Revenues`. */
  concept: string;
  /**
   * Transformed, scaled and signed value; `null` for xsi:nil="true". Non-finite values only arise from the
   * SEC `numinf` / `numneginf` / `numnan` transforms and print as JSON `null`.
   */
  value: number | null;
  /** Measure QName, `NUM/DEN` for xbrli:divide, `A*B` for several measures; `null` without unitRef. */
  unit: string | null;
  start: string | null;
  end: string | null;
  instant: string | null;
  /** Dimension QName → member QName (explicit) or trimmed typed value, keys sorted. */
  dims: Record<string, string>;
}

export type IxbrlErrorKind =
  | "unknown-context"
  | "unknown-unit"
  | "bad-format"
  | "unknown-format"
  | "truncated"
  | "not-ixbrl"
  /** An EX-99 press release or other exhibit: a real document, but one without XBRL facts. */
  | "exhibit"
  | "encoding";

/** The fact an error is about, when it is about one. */
export interface IxbrlErrorFact {
  concept: string;
  contextRef: string | null;
  line: number;
}

export interface IxbrlError {
  kind: IxbrlErrorKind;
  /** Human-readable; always starts with `line N:` so a reader can find the spot in the source. */
  message: string;
  /** 1-based line the error points at. */
  line: number;
  /** Only for kind "encoding": offset of the first byte of the invalid UTF-8 sequence. */
  byteOffset?: number;
  fact?: IxbrlErrorFact;
}

/** Document and entity information, from the first ix:nonNumeric of each dei concept (trimmed text). */
export interface IxbrlDei {
  cik: string | null;
  ticker: string | null;
  documentType: string | null;
  periodEndDate: string | null;
  fiscalYearFocus: string | null;
  fiscalPeriodFocus: string | null;
}

/**
 * A fact-level problem that does not stop the filing: a fact read after a repair ("recovered", kept) or a
 * fact whose text no format can read ("skipped", dropped). EDGAR accepted the filing, so one sloppy fact
 * must not cost every other fact in it.
 */
export interface IxbrlWarning {
  kind: "recovered" | "skipped";
  /** Why, as for errors: always starts with `line N:`. */
  message: string;
  line: number;
  fact: IxbrlErrorFact;
  /** The value kept (recovered facts only). */
  value?: number | null;
  /** What the problem would have been as an error (skipped facts only). */
  cause?: Extract<IxbrlErrorKind, "bad-format" | "unknown-format">;
}

export interface IxbrlExtraction {
  facts: IxbrlFact[];
  /** Structural problems (not inline XBRL, truncated, unknown context or unit, encoding): the document is refused. */
  errors: IxbrlError[];
  warnings: IxbrlWarning[];
  dei: IxbrlDei;
}
