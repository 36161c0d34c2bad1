import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { formatImportReport } from "@/lib/ingest/format-report";
import {
  dumpDataTables,
  facts,
  fixture,
  importOne,
  importRuns,
  openSeededDatabase,
  type TestDatabase,
} from "./helpers";

/** Inputs near the malformed ones that are nevertheless fine (or fail for reasons other than their content). */

let t: TestDatabase;
beforeEach(() => {
  t = openSeededDatabase();
});
afterEach(() => t.close());

describe("edge cases that are not malformed", () => {
  test("a CSV with only the header is valid and imports nothing", async () => {
    const file = fixture("edge-cases", "header-only.csv");
    const before = dumpDataTables(t.db);

    const report = await importOne(t.db, file);

    expect(report).toMatchObject({ kind: "observations-csv", status: "unchanged", errors: [] });
    expect(report.counts).toEqual({ inserted: 0, unchanged: 0, revised: 0, rejected: 0 });
    expect(dumpDataTables(t.db)).toEqual(before);
    expect(importRuns(t.db).at(-1)).toMatchObject({ id: report.importRunId, input: file, status: "ok", inserted: 0 });
  });

  test("a byte-order mark and CRLF line ends do not leak into columns or values", async () => {
    const file = fixture("edge-cases", "bom-and-crlf.csv");

    const report = await importOne(t.db, file);

    expect(report).toMatchObject({ status: "ok", counts: { inserted: 1 }, errors: [] });
    const [row] = facts(t.db, {
      sourceUrl: "https://investors.cleanspark.com/news/2025-11-04-october-2025-bitcoin-mining-update",
    });
    expect(row).toMatchObject({
      ticker: "CLSK",
      metric: "btc_mined",
      periodEnd: "2025-10-31",
      value: 587,
      sourceKind: "production-update",
      sourceDate: "2025-11-04",
      quote: "CleanSpark mined 587 bitcoin in October 2025",
    });
  });

  test("the small handcrafted filing the .htm fixtures are cut from imports cleanly", async () => {
    const file = fixture("edge-cases", "clsk-mini-10q.htm");
    const url =
      "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=827876&type=10-Q&dateb=&owner=include&count=40#-2025-06-30";

    const report = await importOne(t.db, file);

    expect(report).toMatchObject({ kind: "ixbrl", status: "ok", errors: [], counts: { inserted: 2 } });
    expect(
      facts(t.db, { sourceUrl: url }).map((r) => [r.ticker, r.metric, r.periodType, r.periodEnd, r.value]),
    ).toEqual([
      // Only the miners line of CleanSpark's two PP&E lines is in the cut-down filing: no capex without both.
      ["CLSK", "btc_sale_proceeds_usd", "ytd", "2025-06-30", 127_625_000],
      ["CLSK", "btc_fair_value_usd", "quarter", "2025-06-30", 1_079_754_000],
    ]);
  });
});

describe("a path that does not exist", () => {
  const missing = path.join(fixture("edge-cases"), "no-such-file.csv");

  test("is rejected without touching the data", async () => {
    const before = dumpDataTables(t.db);
    const report = await importOne(t.db, missing);
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([`${missing}: no such file or directory`]);
    expect(dumpDataTables(t.db)).toEqual(before);
  });

  // Regression test (fixed): lib/ingest/import-inputs.ts (the `!fs.existsSync(file)` branch): it `continue`s before
  // startImportRun, so this rejected input leaves no ImportRun, although every non-dry run, rejected ones
  // included, is meant to be audited. Suggested fix: start and finish a "rejected" ImportRun there too.
  test("is audited like any other rejected input", async () => {
    const runs = importRuns(t.db).length;
    const report = await importOne(t.db, missing);
    expect(importRuns(t.db)).toHaveLength(runs + 1);
    expect(importRuns(t.db).at(-1)).toMatchObject({ input: missing, status: "rejected", rejected: 1 });
    expect(report.importRunId).not.toBeNull();
  });
});

describe("documents with nothing to import say so", () => {
  test("an EX-99.1 press release in its EDGAR <DOCUMENT> wrapper is reported as an exhibit, not a namespace error", async () => {
    const file = fixture("edge-cases", "ex99-press-release.htm");
    const before = dumpDataTables(t.db);
    const report = await importOne(t.db, file);
    expect(report).toMatchObject({ kind: "ixbrl", status: "empty", errors: [], warnings: [] });
    expect(report.notes).toEqual(["it is an EX-99.1 exhibit (EDGAR <DOCUMENT> wrapper), which carries no XBRL facts"]);
    expect(dumpDataTables(t.db)).toEqual(before);
    expect(importRuns(t.db).at(-1)).toMatchObject({ id: report.importRunId, input: file, status: "ok", inserted: 0 });
  });

  test("an inline-XBRL 8-K cover with no numeric facts is not 'already imported'", async () => {
    const file = fixture("edge-cases", "8k-cover-no-facts.htm");
    const before = dumpDataTables(t.db);
    const report = await importOne(t.db, file);
    expect(report).toMatchObject({ kind: "ixbrl", status: "empty", errors: [] });
    expect(report.notes).toEqual(["the document has no numeric XBRL facts (8-K), so there is nothing to import"]);
    expect(dumpDataTables(t.db)).toEqual(before);
    expect(formatImportReport(report)).toBe(
      `${file} [ixbrl]: nothing to import, nothing written (import #${report.importRunId})\n  note: the document has no numeric XBRL facts (8-K), so there is nothing to import`,
    );
  });
});
