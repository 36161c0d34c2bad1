import fs from "node:fs";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importInputs } from "@/lib/ingest/import-inputs";
import type { InputKind } from "@/lib/ingest/inputs/prepared-input";
import {
  dumpDataTables,
  facts,
  fixture,
  importOne,
  importRuns,
  openSeededDatabase,
  rowError,
  type TestDatabase,
} from "./helpers";

/**
 * One fixture per defect under tests/fixtures/ingest/malformed/. Every one must be rejected whole: the
 * report names each problem as file:line:field: message, no data table changes, and the rejection is audited.
 */

type Located = [line: number | string, field: string, message: string];

interface MalformedCase {
  file: string;
  kind: InputKind;
  errors: Located[];
}

const NOT_A_NUMBER = "expected a plain number (digits, optional decimal point, no separators)";
const JUNE_UPDATE =
  "https://investors.cleanspark.com/news/news-details/2025/CleanSpark-Releases-June-2025-Bitcoin-Mining-Update/default.aspx";

/** JSON.parse's own wording differs between Node versions; the importer's part is the prefix and location. */
function jsonParseMessage(file: string): string {
  try {
    JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${file} is valid JSON`);
}

const CASES: MalformedCase[] = [
  // Observations CSV: header and structure
  {
    file: "bad-header.csv",
    kind: "observations-csv",
    errors: [[1, "(header)", "missing column(s) unit; unexpected column(s) units"]],
  },
  {
    file: "unrecognised-header.csv",
    kind: "observations-csv",
    errors: [
      [1, "(header)", "not a MinerPivot CSV: the header matches no known format (observations, companies, btc-prices)"],
    ],
  },
  {
    file: "empty-file.csv",
    kind: "observations-csv",
    errors: [
      [1, "(header)", "not a MinerPivot CSV: the header matches no known format (observations, companies, btc-prices)"],
    ],
  },
  {
    file: "too-many-columns.csv",
    kind: "observations-csv",
    errors: [[2, "(csv)", "Invalid Record Length: columns length is 10, got 11 on line 2"]],
  },
  {
    file: "too-few-columns.csv",
    kind: "observations-csv",
    errors: [[2, "(csv)", "Invalid Record Length: columns length is 10, got 9 on line 2"]],
  },
  {
    file: "unclosed-quote.csv",
    kind: "observations-csv",
    errors: [[3, "(csv)", "Quote Not Closed: the parsing is finished with an opening quote at line 3"]],
  },
  {
    // The quote opened on line 2 swallows the line break; csv-parse notices on line 3.
    file: "stray-quote-after-unclosed-quote.csv",
    kind: "observations-csv",
    errors: [
      [
        3,
        "(csv)",
        'Invalid Closing Quote: got "m" at line 3 instead of delimiter, record delimiter, trimable character (if activated) or comment',
      ],
    ],
  },
  // Observations CSV: one bad field
  { file: "unknown-ticker.csv", kind: "observations-csv", errors: [[2, "ticker", 'unknown ticker "ZZZZ"']] },
  { file: "lowercase-ticker.csv", kind: "observations-csv", errors: [[2, "ticker", "expected an upper-case ticker"]] },
  { file: "negative-btc.csv", kind: "observations-csv", errors: [[2, "value", "btc_held cannot be negative"]] },
  { file: "non-numeric-value.csv", kind: "observations-csv", errors: [[2, "value", NOT_A_NUMBER]] },
  { file: "bad-date.csv", kind: "observations-csv", errors: [[2, "period_end", "expected a date as YYYY-MM-DD"]] },
  { file: "impossible-date.csv", kind: "observations-csv", errors: [[2, "period_end", "not a real calendar date"]] },
  { file: "wrong-unit.csv", kind: "observations-csv", errors: [[2, "unit", "btc_mined is measured in BTC, not USD"]] },
  {
    file: "unknown-unit.csv",
    kind: "observations-csv",
    errors: [[2, "unit", 'Invalid option: expected one of "BTC"|"USD"|"MW"|"EH/s"']],
  },
  { file: "unknown-metric.csv", kind: "observations-csv", errors: [[2, "metric", 'unknown metric "btc_minted"']] },
  {
    file: "unknown-period-type.csv",
    kind: "observations-csv",
    errors: [[2, "period_type", 'Invalid option: expected one of "month"|"quarter"|"ytd"|"year"|"instant"']],
  },
  {
    file: "unknown-source-kind.csv",
    kind: "observations-csv",
    errors: [
      [
        2,
        "source_kind",
        'Invalid option: expected one of "10-Q"|"10-K"|"8-K"|"6-K"|"20-F"|"40-F"|"press-release"|"production-update"|"news"',
      ],
    ],
  },
  { file: "bad-url.csv", kind: "observations-csv", errors: [[2, "source_url", "expected an http(s) URL"]] },
  { file: "missing-quote.csv", kind: "observations-csv", errors: [[2, "quote", "a quote is required"]] },
  { file: "quote-too-long.csv", kind: "observations-csv", errors: [[2, "quote", "quote longer than 400 characters"]] },
  // Observations CSV: rows that are fine alone but not together, and files with several problems
  {
    file: "duplicate-different-values.csv",
    kind: "observations-csv",
    errors: [[3, "value", "duplicated row with a different value (685 on line 2)"]],
  },
  {
    file: "conflicting-source-kind.csv",
    kind: "observations-csv",
    errors: [[3, "source_kind", `source ${JUNE_UPDATE} is production-update dated 2025-07-02 on line 2`]],
  },
  // Line 2 is a valid new fact; it must not be written either (the dump comparison proves it).
  { file: "good-row-then-bad-row.csv", kind: "observations-csv", errors: [[3, "value", NOT_A_NUMBER]] },
  {
    file: "several-bad-rows.csv",
    kind: "observations-csv",
    errors: [
      [3, "value", "btc_held cannot be negative"],
      [4, "period_end", "not a real calendar date"],
    ],
  },
  // The BOM does not shift columns and CRLF does not shift line numbers.
  { file: "bom-and-crlf-bad-row.csv", kind: "observations-csv", errors: [[3, "value", NOT_A_NUMBER]] },
  // Companies and BTC prices CSV
  { file: "companies-bad-cik.csv", kind: "companies-csv", errors: [[2, "cik", "CIK must be digits"]] },
  {
    file: "companies-bad-fiscal-year-end.csv",
    kind: "companies-csv",
    errors: [[2, "fiscal_year_end", "expected MM-DD"]],
  },
  { file: "companies-missing-name.csv", kind: "companies-csv", errors: [[2, "name", "name is required"]] },
  { file: "prices-zero-price.csv", kind: "btc-prices-csv", errors: [[2, "close_usd", "price must be positive"]] },
  { file: "prices-thousands-separator.csv", kind: "btc-prices-csv", errors: [[2, "close_usd", NOT_A_NUMBER]] },
  // Curated dataset JSON
  {
    file: "dataset-wrong-shape.json",
    kind: "dataset-json",
    errors: [["(root)", "(json)", 'not a MinerPivot dataset JSON: Unrecognized key: "data"']],
  },
  {
    file: "dataset-extra-field.json",
    kind: "dataset-json",
    errors: [["observations[0]", "comment", "unexpected field"]],
  },
  { file: "dataset-bad-value.json", kind: "dataset-json", errors: [["observations[1]", "value", NOT_A_NUMBER]] },
  {
    file: "dataset-unknown-ticker.json",
    kind: "dataset-json",
    errors: [["observations[0]", "ticker", 'unknown ticker "ACME"']],
  },
  {
    file: "dataset-bad-company.json",
    kind: "dataset-json",
    errors: [["companies[0]", "website", "expected an http(s) URL"]],
  },
  // SEC companyfacts JSON
  {
    file: "companyfacts-unknown-cik.json",
    kind: "companyfacts",
    errors: [
      ["cik", "cik", "unknown company CIK 1999999 (ACME BITCOIN MINING, INC.); add it with a companies CSV first"],
    ],
  },
  {
    file: "companyfacts-bad-accession.json",
    kind: "companyfacts",
    errors: [
      [
        "facts.us-gaap.PaymentsToAcquireMiningAssets.units.USD.0.accn",
        "accn",
        "Invalid string: must match pattern /^\\d{10}-\\d{2}-\\d{6}$/",
      ],
    ],
  },
  {
    file: "companyfacts-bad-value.json",
    kind: "companyfacts",
    errors: [
      [
        "facts.us-gaap.CryptoAssetNumberOfUnits.units.Bitcoin.0.val",
        "val",
        "Invalid input: expected number, received string",
      ],
    ],
  },
  {
    file: "companyfacts-impossible-date.json",
    kind: "companyfacts",
    errors: [["fact us-gaap:CryptoAssetNumberOfUnits 2025-06-31", "period_end", "not a real calendar date"]],
  },
  // Inline XBRL filings (variants of tests/fixtures/ingest/edge-cases/clsk-mini-10q.htm, which imports cleanly)
  {
    file: "truncated-filing.htm",
    kind: "ixbrl",
    errors: [[28, "truncated", "document ends before the root element <html> (opened on line 2) is closed"]],
  },
  {
    file: "unknown-context.htm",
    kind: "ixbrl",
    errors: [
      [
        27,
        "us-gaap:PaymentsToAcquireMiningAssets (contextRef ytd2024)",
        'us-gaap:PaymentsToAcquireMiningAssets refers to contextRef "ytd2024", but no xbrli:context has that id',
      ],
    ],
  },
  {
    file: "unknown-unit.htm",
    kind: "ixbrl",
    errors: [
      [
        29,
        "clsk:FairValueOfBitcoin (contextRef end)",
        'clsk:FairValueOfBitcoin refers to unitRef "usd", but no xbrli:unit has that id',
      ],
    ],
  },
  {
    file: "unknown-company-filing.htm",
    kind: "ixbrl",
    errors: [
      [
        "dei",
        "dei:EntityCentralIndexKey",
        "unknown company (CIK 1999999, ticker ACME); add it with a companies CSV first",
      ],
    ],
  },
  { file: "unsupported-form.htm", kind: "ixbrl", errors: [["dei", "dei:DocumentType", 'unsupported form "S-1"']] },
  {
    file: "not-ixbrl.htm",
    kind: "ixbrl",
    errors: [
      [
        2,
        "not-ixbrl",
        "not an Inline XBRL document: <html> and its descendants declare no Inline XBRL namespace (http://www.xbrl.org/2013/inlineXBRL)",
      ],
    ],
  },
  {
    // The é of "détenus" on line 29 is the single latin-1 byte 0xE9 at offset 1989.
    file: "non-utf8-filing.htm",
    kind: "ixbrl",
    errors: [[29, "encoding", "invalid UTF-8 byte sequence at byte offset 1989"]],
  },
  // Anything else
  {
    file: "unsupported-extension.txt",
    kind: "observations-csv",
    errors: [[1, "(file)", 'unsupported file type ".txt"; expected .csv, .json, .htm, .html, .xhtml']],
  },
];

/**
 * Filings with one fact whose text no format can read. EDGAR accepts such filings, so the importer must
 * not refuse them: the fact is skipped with a warning naming file:line:concept, and every other fact of
 * the filing is imported.
 */
const SKIPPED_FACT_CASES: { file: string; warning: [line: number, concept: string, message: string] }[] = [
  {
    file: "bad-number-format.htm",
    warning: [
      28,
      "clsk:ProceedsFromSaleOfBitcoin",
      'text "127.625.0" is not valid input for format ixt:num-dot-decimal; fact skipped',
    ],
  },
  {
    file: "number-without-format.htm",
    warning: [
      27,
      "us-gaap:PaymentsToAcquireMiningAssets",
      'text "382,285" is not a plain decimal and no format is given; fact skipped',
    ],
  },
  {
    file: "unknown-format.htm",
    warning: [
      29,
      "clsk:FairValueOfBitcoin",
      "format ixt:numdotdecimal is unknown: numdotdecimal is not in the registry http://www.xbrl.org/inlineXBRL/transformation/2020-02-12; fact skipped",
    ],
  },
];

/**
 * Inputs that are rejected as they should be, but whose error message is wrong because of a bug in lib/.
 * `errors` is what the message should say; the first test checks everything except the wording.
 */
const CASES_WITH_WRONG_MESSAGES: MalformedCase[] = [
  {
    // Regression test (fixed): lib/ingest/read-text.ts firstInvalidUtf8Offset: the binary search decodes prefixes with
    // { stream: true }, so a prefix ending in the lead byte 0xE9 looks like an unfinished sequence and
    // passes; the search lands one byte late and reports 0x62 ("b" of "Québec") at byte 473.
    file: "non-utf8.csv",
    kind: "observations-csv",
    errors: [[3, "(encoding)", "not valid UTF-8 (first bad byte 0xe9 at byte 472); save the file as UTF-8"]],
  },
  {
    // Regression test (fixed): lib/schemas/dataset.ts optionalDate: isoDate's regex has `abort: true`, so when both union
    // options fail zod cannot pick one and reports its generic "Invalid input" instead of the date message.
    file: "bad-source-date.csv",
    kind: "observations-csv",
    errors: [[2, "source_date", "expected a date as YYYY-MM-DD"]],
  },
  {
    // Regression test (fixed): lib/ingest/prepare-input.ts (JSON.parse catch): every JSON syntax error is reported on line 1;
    // the trailing comma that breaks this file is on line 8. The parser's message gives the character
    // position, from which the line is easy to derive.
    file: "dataset-not-json.json",
    kind: "dataset-json",
    errors: [[8, "(json)", `invalid JSON: ${jsonParseMessage(fixture("malformed", "dataset-not-json.json"))}`]],
  },
];

const located = (file: string, errors: Located[]) =>
  errors.map(([line, field, message]) => rowError(file, line, field, message));

describe("malformed inputs are rejected whole, with exact errors, and audited", () => {
  let t: TestDatabase;
  let db: Database.Database;

  beforeAll(() => {
    t = openSeededDatabase();
    db = t.db;
  });
  afterAll(() => t.close());

  /** Imports `file` and checks everything but the error wording; returns the report. */
  async function expectRejectedWithoutWrites(file: string, kind: InputKind, errorCount: number) {
    const before = dumpDataTables(db);
    const runsBefore = importRuns(db);

    const report = await importOne(db, file);

    expect(report.status).toBe("rejected");
    expect(report.kind).toBe(kind);
    expect(report.errors).toHaveLength(errorCount);
    expect(report.counts).toEqual({ inserted: 0, unchanged: 0, revised: 0, rejected: errorCount });
    expect(dumpDataTables(db)).toEqual(before);
    const runs = importRuns(db);
    expect(runs.slice(0, -1)).toEqual(runsBefore);
    expect(runs.at(-1)).toEqual({
      id: report.importRunId,
      input: file,
      kind,
      status: "rejected",
      inserted: 0,
      unchanged: 0,
      revised: 0,
      rejected: errorCount,
      errors: report.errors,
    });
    return report;
  }

  test("there are at least 30 malformed fixtures and each one is in a table below", () => {
    const listed = [...CASES, ...CASES_WITH_WRONG_MESSAGES, ...SKIPPED_FACT_CASES].map((c) => c.file);
    const onDisk = fs.readdirSync(fixture("malformed")).filter((f) => f !== "unknown-cik-known-ticker.htm");
    expect(listed.length).toBeGreaterThanOrEqual(30);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...onDisk].filter((f) => !f.endsWith(".md")).sort());
  });

  test.each(CASES)("$file", async ({ file, kind, errors }) => {
    const path = fixture("malformed", file);
    const report = await expectRejectedWithoutWrites(path, kind, errors.length);
    expect(report.errors).toEqual(located(path, errors));
  });

  test.each(CASES_WITH_WRONG_MESSAGES)("$file is rejected without writes", async ({ file, kind, errors }) => {
    const path = fixture("malformed", file);
    const report = await expectRejectedWithoutWrites(path, kind, errors.length);
    for (const error of report.errors) expect(error.startsWith(`${path}:`)).toBe(true);
  });

  test.each(CASES_WITH_WRONG_MESSAGES)("regression: $file gets the exact message", async ({ file, errors }) => {
    const path = fixture("malformed", file);
    const report = await importOne(db, path);
    expect(report.errors).toEqual(located(path, errors));
  });

  test.each(SKIPPED_FACT_CASES)(
    "$file: the unreadable fact is skipped with a warning, the rest imported",
    async ({ file, warning }) => {
      const path = fixture("malformed", file);
      const clean = await importOne(db, fixture("edge-cases", "clsk-mini-10q.htm"), { dryRun: true });
      const report = await importOne(db, path, { dryRun: true });
      expect(report.status).toBe("dry-run");
      expect(report.errors).toEqual([]);
      const [line, concept, message] = warning;
      expect(report.warnings).toEqual([`${path}:${line}:${concept}: ${message}`]);
      // Exactly the skipped fact's observation is missing, compared with the clean original.
      const key = (o: { metric: string; periodEnd: string; quote: string }) => `${o.metric} ${o.periodEnd} ${o.quote}`;
      const missing = (clean.observations ?? [])
        .map(key)
        .filter((k) => !(report.observations ?? []).map(key).includes(k));
      expect(missing.length).toBeLessThanOrEqual(1);
      for (const m of missing) expect(m).toContain(concept);
      expect((report.observations ?? []).length).toBe((clean.observations ?? []).length - missing.length);
    },
  );

  test("the fixtures that test encodings hold the bytes they claim", () => {
    const latin1 = fs.readFileSync(fixture("malformed", "non-utf8.csv"));
    expect(latin1.indexOf(0xe9)).toBe(472);
    expect(fs.readFileSync(fixture("malformed", "non-utf8-filing.htm")).indexOf(0xe9)).toBe(1989);
    const crlf = fs.readFileSync(fixture("malformed", "bom-and-crlf-bad-row.csv"));
    expect([...crlf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.toString("utf8").split("\r\n")).toHaveLength(4);
  });

  test("the valid first row of a rejected file is not written, and a dry run rejects it too", async () => {
    const file = fixture("malformed", "good-row-then-bad-row.csv");
    await importOne(db, file);
    expect(facts(db, { sourceUrl: "https://investors.cleanspark.com/news/may-2025" })).toEqual([]);

    const runs = importRuns(db).length;
    const dry = await importOne(db, file, { dryRun: true });
    expect(dry.status).toBe("rejected");
    expect(dry.errors).toEqual(located(file, [[3, "value", NOT_A_NUMBER]]));
    expect(importRuns(db)).toHaveLength(runs);
  });

  test("several malformed inputs in one call are each rejected and audited on their own", async () => {
    const files = ["unknown-ticker.csv", "prices-zero-price.csv", "unknown-unit.htm"].map((f) =>
      fixture("malformed", f),
    );
    const before = dumpDataTables(db);
    const runs = importRuns(db).length;
    const reports = await importInputs(db, files);
    expect(reports.map((r) => [r.file, r.status, r.errors.length])).toEqual(files.map((f) => [f, "rejected", 1]));
    expect(dumpDataTables(db)).toEqual(before);
    expect(
      importRuns(db)
        .slice(runs)
        .map((r) => [r.input, r.status]),
    ).toEqual(files.map((f) => [f, "rejected"]));
  });
});

describe("regression: a filing is matched by its ticker although its CIK names another company", () => {
  let t: TestDatabase;
  beforeAll(() => {
    t = openSeededDatabase();
  });
  afterAll(() => t.close());

  // Regression test (fixed): lib/ingest/inputs/ixbrl-input.ts (company lookup): when the filing's dei:EntityCentralIndexKey
  // (here 1999998, untracked) is not in the database, the ticker fallback picks CLSK although CLSK's
  // stored CIK is 827876, so another company's numbers would be filed under CleanSpark. The fallback
  // should only accept a company whose CIK is empty or equal to the filing's.
  test("unknown-cik-known-ticker.htm is rejected instead of being imported as CLSK", async () => {
    const file = fixture("malformed", "unknown-cik-known-ticker.htm");
    const before = dumpDataTables(t.db);
    const report = await importOne(t.db, file);
    expect(report.status).toBe("rejected");
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0].startsWith(rowError(file, "dei", "dei:EntityCentralIndexKey", ""))).toBe(true);
    expect(dumpDataTables(t.db)).toEqual(before);
  });
});
