import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractFactsFromFile, formatFactLine } from "@/lib/ingest/ixbrl";
import { type SeedResult, seedDatabase } from "@/lib/ingest/seed";
import { createMigratedDatabase } from "../support/temp-db";

/**
 * The seed runs the seven real filings shipped in prisma/data/filings through the inline-XBRL import path,
 * citing the manifest's document URL, form and date. These tests pin what each filing contributes.
 */

const TABLES = ["Company", "CompanyNote", "Source", "Observation", "Event", "BtcPrice", "Revision"] as const;
const FILINGS = "prisma/data/filings";
const EDGAR = "https://www.sec.gov/Archives/edgar/data";

let db: ReturnType<typeof createMigratedDatabase>;
let result: SeedResult;
let conn: Database.Database;
beforeAll(() => {
  db = createMigratedDatabase();
  result = seedDatabase("prisma/data", db.file);
  conn = new Database(db.file, { readonly: true });
});
afterAll(() => {
  conn.close();
  db.cleanup();
});

const dump = () => {
  const c = new Database(db.file, { readonly: true });
  const out = TABLES.map((t) => c.prepare(`SELECT * FROM "${t}" ORDER BY id`).all());
  c.close();
  return out;
};

describe("the shipped filings in the seed", () => {
  test("every filing of the manifest is read, with facts read / mapped / unmapped reported", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.filings.map((f) => [f.file.replace(/^.*\//, ""), f.factsRead, f.mapped, f.unmapped, f.warnings.length]),
    ).toEqual([
      ["clsk-10q-2024-03-31.htm.gz", 1055, 8, 57, 3],
      ["clsk-10q-2024-12-31.htm.gz", 822, 8, 71, 0],
      ["clsk-10q-2025-06-30.htm.gz", 1129, 8, 141, 0],
      ["btbt-10k-2024-12-31.htm.gz", 1328, 5, 209, 0],
      ["btbt-10q-2025-03-31.htm.gz", 849, 6, 137, 0],
      ["btbt-10q-2025-06-30.htm.gz", 1177, 8, 200, 0],
      ["btbt-10q-2025-09-30.htm.gz", 1507, 8, 220, 0],
    ]);
  });

  test("per company and metric, the filing-tier observations the filings add", () => {
    const rows = conn
      .prepare(
        `SELECT c.ticker, o.metric, COUNT(*) AS n FROM Observation o JOIN Company c ON c.id = o.companyId
         WHERE o.quote LIKE 'XBRL %' GROUP BY c.ticker, o.metric ORDER BY c.ticker, o.metric`,
      )
      .all();
    expect(rows).toEqual([
      { ticker: "BTBT", metric: "btc_fair_value_usd", n: 7 },
      { ticker: "BTBT", metric: "capex_usd", n: 9 },
      { ticker: "BTBT", metric: "hpc_revenue_usd", n: 11 },
      { ticker: "CLSK", metric: "btc_fair_value_usd", n: 6 },
      { ticker: "CLSK", metric: "btc_held", n: 6 },
      { ticker: "CLSK", metric: "btc_sale_proceeds_usd", n: 6 },
      { ticker: "CLSK", metric: "capex_usd", n: 6 },
    ]);
  });

  test("each filing is cited by the manifest's document URL, form and date; without a URL, the EDGAR index", () => {
    const sources = conn
      .prepare(
        `SELECT DISTINCT s.url, s.kind, s.date, s.tier FROM Observation o JOIN Source s ON s.id = o.sourceId
         WHERE o.quote LIKE 'XBRL %' ORDER BY s.date`,
      )
      .all();
    expect(sources).toEqual([
      { url: `${EDGAR}/827876/000095017024056330/clsk-20240331.htm`, kind: "10-Q", date: "2024-05-09", tier: "filing" },
      { url: `${EDGAR}/827876/000095017025015470/clsk-20241231.htm`, kind: "10-Q", date: "2025-02-06", tier: "filing" },
      {
        url: `${EDGAR}/1710350/000101376225000307/ea0233723-10k_bitdigit.htm`,
        kind: "10-K",
        date: "2025-03-14",
        tier: "filing",
      },
      {
        url: `${EDGAR}/1710350/000121390025044155/ea0241656-10q_bitdigital.htm`,
        kind: "10-Q",
        date: "2025-05-15",
        tier: "filing",
      },
      {
        url: "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=827876&type=10-Q&dateb=&owner=include&count=40#2025Q3-2025-06-30",
        kind: "10-Q",
        date: "2025-08-07",
        tier: "filing",
      },
      {
        url: `${EDGAR}/1710350/000121390025076608/ea0251448-10q_bitdigital.htm`,
        kind: "10-Q",
        date: "2025-08-14",
        tier: "filing",
      },
      {
        url: `${EDGAR}/1710350/000121390025110383/ea0263546-10q_bitdigital.htm`,
        kind: "10-Q",
        date: "2025-11-14",
        tier: "filing",
      },
    ]);
  });

  test("CleanSpark's filing counts are stored on their basis (excluding bitcoin posted as collateral)", () => {
    const held = conn
      .prepare(
        `SELECT o.periodEnd, o.value, o.basis FROM Observation o JOIN Company c ON c.id = o.companyId
         WHERE c.ticker = 'CLSK' AND o.metric = 'btc_held' AND o.quote LIKE 'XBRL %' ORDER BY o.periodEnd, o.id`,
      )
      .all();
    expect(held).toEqual([
      { periodEnd: "2023-09-30", value: 2243, basis: "excluding-collateral" },
      { periodEnd: "2024-03-31", value: 5021, basis: "excluding-collateral" },
      { periodEnd: "2024-09-30", value: 6819, basis: "excluding-collateral" },
      { periodEnd: "2024-09-30", value: 6819, basis: "excluding-collateral" },
      { periodEnd: "2024-12-31", value: 9952, basis: "excluding-collateral" },
      { periodEnd: "2025-06-30", value: 10075, basis: "excluding-collateral" },
    ]);
    // The monthly updates' totals include collateral: another basis, so another series.
    const monthly = conn
      .prepare(
        `SELECT DISTINCT o.basis FROM Observation o JOIN Company c ON c.id = o.companyId JOIN Source s ON s.id = o.sourceId
         WHERE c.ticker = 'CLSK' AND o.metric = 'btc_held' AND s.kind = 'production-update'`,
      )
      .all();
    expect(monthly).toEqual([{ basis: "including-pledged-or-loaned" }]);
  });

  test("sums of statement lines are stored as derived, with the lines and values in the quote", () => {
    const capex = conn
      .prepare(
        `SELECT o.periodEnd, o.periodType, o.value, o.derivation FROM Observation o JOIN Company c ON c.id = o.companyId
         WHERE c.ticker = 'CLSK' AND o.metric = 'capex_usd' AND o.periodEnd = '2024-12-31'`,
      )
      .get();
    expect(capex).toEqual({
      periodEnd: "2024-12-31",
      periodType: "quarter",
      value: 279_387_000,
      derivation:
        'sum of the statement\'s lines "Payments on miners and mining equipment (including deposits)" (222028000) + "Purchase of fixed assets" (57359000)',
    });
  });

  test("seeding again is a no-op: nothing inserted or revised, every table byte-identical", () => {
    const before = dump();
    const again = seedDatabase("prisma/data", db.file);
    expect(again.ok && again.counts).toMatchObject({ inserted: 0, revised: 0 });
    expect(dump()).toEqual(before);
  });
});

describe("CleanSpark 10-Q for 2024-03-31: two sloppy facts do not cost the filing", () => {
  const file = `${FILINGS}/clsk-10q-2024-03-31.htm.gz`;

  test("LoansAssumed1 '1,503,' and IncomeTaxExpenseBenefit 'nil' are recovered, each with a warning", () => {
    expect(result.ok && result.filings[0].warnings).toEqual([
      expect.stringMatching(
        /clsk-10q-2024-03-31\.htm\.gz:7009:us-gaap:LoansAssumed1: text "1,503," is not valid input for format ixt:num-dot-decimal; read "1,503", ignoring the trailing ","$/,
      ),
      expect.stringMatching(
        /:7011:us-gaap:IncomeTaxExpenseBenefit: text "nil" is not valid input for format ixt-sec:numwordsen; read the word "nil" as 0$/,
      ),
      expect.stringMatching(/:7011:us-gaap:IncomeTaxExpenseBenefit: text "nil" .* read the word "nil" as 0$/),
    ]);
  });

  test("the whole fact set: 1,055 facts, no error, and exactly the facts pinned in the snapshot", async () => {
    const x = await extractFactsFromFile(file);
    expect(x.errors).toEqual([]);
    expect(x.facts).toHaveLength(1055);
    const loans = x.facts.filter((f) => f.concept === "us-gaap:LoansAssumed1");
    expect(loans.map((f) => f.value)).toEqual([1_503_000]);
    const nil = x.warnings.filter((w) => w.fact.concept === "us-gaap:IncomeTaxExpenseBenefit").map((w) => w.value);
    expect(nil).toEqual([0, 0]);
    // One JSON line per fact in document order; a change to any fact of the filing shows up here.
    await expect(`${x.facts.map(formatFactLine).join("\n")}\n`).toMatchFileSnapshot(
      "../fixtures/filings/clsk-10q-2024-03-31.facts.jsonl",
    );
  });
});
