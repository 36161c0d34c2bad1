import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ImportReport, importInputs } from "@/lib/ingest/import-inputs";
import type { NormalizedObservation } from "@/lib/ingest/save-observations";
import {
  dumpDataTables,
  type FactRow,
  facts,
  filing,
  fixture,
  importOne,
  importRuns,
  openSeededDatabase,
  type TestDatabase,
} from "./helpers";

/**
 * Imports the two real 10-Q filings end to end. Every expected value below was read off the raw HTML
 * (the ix:nonFraction text × 10^scale, its contextRef's period and dimensions), not copied from the importer.
 */

const CLSK_FILE = filing("clsk-10q-2025-06-30.htm");
const CLSK_URL = "https://www.sec.gov/Archives/edgar/data/827876/000095017025100000/clsk-20250630.htm";
const CLSK_SOURCE = { url: CLSK_URL, date: "2025-08-07" };

const BTBT_FILE = filing("btbt-10q-2025-09-30.htm");
/** Without a document URL the importer cites the EDGAR filing index of the company and form. */
const BTBT_URL =
  "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1710350&type=10-Q&dateb=&owner=include&count=40#2025Q3-2025-09-30";

type Expected = NormalizedObservation;

const clsk = (o: Omit<Expected, "ticker" | "unit" | "sourceUrl" | "sourceKind" | "sourceDate">): Expected => ({
  ticker: "CLSK",
  unit: o.metric === "btc_held" ? "BTC" : "USD",
  sourceUrl: CLSK_URL,
  sourceKind: "10-Q",
  sourceDate: "2025-08-07",
  ...o,
});

const CLSK_EXPECTED: Expected[] = [
  // clsk:NumberOfBitcoinsHeld, unitRef U_USD scale 3: "10,075" → 10,075,000 "USD", divided by 1000 by the
  // clsk-bitcoins-held rule (1,079,754k fair value / 107,173 per bitcoin = 10,075 BTC). Instant 2025-06-30.
  clsk({
    metric: "btc_held",
    periodEnd: "2025-06-30",
    periodType: "quarter",
    value: 10_075,
    quote: "XBRL clsk:NumberOfBitcoinsHeld = 10075000 iso4217:USD at 2025-06-30",
  }),
  // The same fact for the fiscal year end 2024-09-30: "6,819".
  clsk({
    metric: "btc_held",
    periodEnd: "2024-09-30",
    periodType: "quarter",
    value: 6_819,
    quote: "XBRL clsk:NumberOfBitcoinsHeld = 6819000 iso4217:USD at 2024-09-30",
  }),
  // Capex is the sum of the statement's two PP&E lines (clsk-capex-miners-plus-fixed-assets):
  // us-gaap:PaymentsToAcquireMiningAssets "382,285" + PaymentsToAcquireOtherProductiveAssets "133,986", scale 3,
  // 2024-10-01..2025-06-30 (fiscal year starts 10-01); flagged as derived.
  clsk({
    metric: "capex_usd",
    periodEnd: "2025-06-30",
    periodType: "ytd",
    value: 516_271_000,
    quote:
      "XBRL us-gaap:PaymentsToAcquireMiningAssets + us-gaap:PaymentsToAcquireOtherProductiveAssets = 382285000 + 133986000 = 516271000 iso4217:USD 2024-10-01 to 2025-06-30",
    derivation:
      'sum of the statement\'s lines "Payments on miners and mining equipment (including deposits)" (382285000) + "Purchase of fixed assets" (133986000)',
  }),
  // Prior-year column: "428,700" + "53,289", 2023-10-01..2024-06-30.
  clsk({
    metric: "capex_usd",
    periodEnd: "2024-06-30",
    periodType: "ytd",
    value: 481_989_000,
    quote:
      "XBRL us-gaap:PaymentsToAcquireMiningAssets + us-gaap:PaymentsToAcquireOtherProductiveAssets = 428700000 + 53289000 = 481989000 iso4217:USD 2023-10-01 to 2024-06-30",
    derivation:
      'sum of the statement\'s lines "Payments on miners and mining equipment (including deposits)" (428700000) + "Purchase of fixed assets" (53289000)',
  }),
  // clsk:ProceedsFromSaleOfBitcoin "127,625" scale 3, no dimensions, 2024-10-01..2025-06-30.
  clsk({
    metric: "btc_sale_proceeds_usd",
    periodEnd: "2025-06-30",
    periodType: "ytd",
    value: 127_625_000,
    quote: "XBRL clsk:ProceedsFromSaleOfBitcoin = 127625000 iso4217:USD 2024-10-01 to 2025-06-30",
  }),
  clsk({
    metric: "btc_sale_proceeds_usd",
    periodEnd: "2024-06-30",
    periodType: "ytd",
    value: 42_803_000,
    quote: "XBRL clsk:ProceedsFromSaleOfBitcoin = 42803000 iso4217:USD 2023-10-01 to 2024-06-30",
  }),
  // clsk:FairValueOfBitcoin "1,079,754" scale 3 at 2025-06-30 and "431,661" at 2024-09-30.
  clsk({
    metric: "btc_fair_value_usd",
    periodEnd: "2025-06-30",
    periodType: "quarter",
    value: 1_079_754_000,
    quote: "XBRL clsk:FairValueOfBitcoin = 1079754000 iso4217:USD at 2025-06-30",
  }),
  clsk({
    metric: "btc_fair_value_usd",
    periodEnd: "2024-09-30",
    periodType: "quarter",
    value: 431_661_000,
    quote: "XBRL clsk:FairValueOfBitcoin = 431661000 iso4217:USD at 2024-09-30",
  }),
];

const btbt = (o: Omit<Expected, "ticker" | "unit" | "sourceUrl" | "sourceKind" | "sourceDate">): Expected => ({
  ticker: "BTBT",
  unit: "USD",
  sourceUrl: BTBT_URL,
  sourceKind: "10-Q",
  sourceDate: null,
  ...o,
});

const BTBT_EXPECTED: Expected[] = [
  // us-gaap:Revenues with srt:ProductOrServiceAxis=btbt:CloudServicesMember (contexts c8..c11), scale 0.
  btbt({
    metric: "hpc_revenue_usd",
    periodEnd: "2025-09-30",
    periodType: "quarter",
    value: 18_032_898,
    quote:
      "XBRL us-gaap:Revenues = 18032898 iso4217:USD 2025-07-01 to 2025-09-30 [srt:ProductOrServiceAxis=btbt:CloudServicesMember]",
  }),
  btbt({
    metric: "hpc_revenue_usd",
    periodEnd: "2024-09-30",
    periodType: "quarter",
    value: 12_151_302,
    quote:
      "XBRL us-gaap:Revenues = 12151302 iso4217:USD 2024-07-01 to 2024-09-30 [srt:ProductOrServiceAxis=btbt:CloudServicesMember]",
  }),
  btbt({
    metric: "hpc_revenue_usd",
    periodEnd: "2025-09-30",
    periodType: "ytd",
    value: 49_470_499,
    quote:
      "XBRL us-gaap:Revenues = 49470499 iso4217:USD 2025-01-01 to 2025-09-30 [srt:ProductOrServiceAxis=btbt:CloudServicesMember]",
  }),
  btbt({
    metric: "hpc_revenue_usd",
    periodEnd: "2024-09-30",
    periodType: "ytd",
    value: 32_718_083,
    quote:
      "XBRL us-gaap:Revenues = 32718083 iso4217:USD 2024-01-01 to 2024-09-30 [srt:ProductOrServiceAxis=btbt:CloudServicesMember]",
  }),
  // us-gaap:PaymentsToAcquirePropertyPlantAndEquipment without dimensions: c0 (2025 YTD) and c26 (2024 YTD).
  btbt({
    metric: "capex_usd",
    periodEnd: "2025-09-30",
    periodType: "ytd",
    value: 164_018_096,
    quote: "XBRL us-gaap:PaymentsToAcquirePropertyPlantAndEquipment = 164018096 iso4217:USD 2025-01-01 to 2025-09-30",
  }),
  btbt({
    metric: "capex_usd",
    periodEnd: "2024-09-30",
    periodType: "ytd",
    value: 7_168_679,
    quote: "XBRL us-gaap:PaymentsToAcquirePropertyPlantAndEquipment = 7168679 iso4217:USD 2024-01-01 to 2024-09-30",
  }),
  // us-gaap:CryptoAssetFairValueCurrent with srt:CryptoAssetAxis=btbt:BTCMember ("BTC 6.1 $679,409 $693,468").
  btbt({
    metric: "btc_fair_value_usd",
    periodEnd: "2025-09-30",
    periodType: "quarter",
    value: 693_468,
    quote:
      "XBRL us-gaap:CryptoAssetFairValueCurrent = 693468 iso4217:USD at 2025-09-30 [srt:CryptoAssetAxis=btbt:BTCMember]",
  }),
  btbt({
    metric: "btc_fair_value_usd",
    periodEnd: "2024-12-31",
    periodType: "quarter",
    value: 69_319_731,
    quote:
      "XBRL us-gaap:CryptoAssetFairValueCurrent = 69319731 iso4217:USD at 2024-12-31 [srt:CryptoAssetAxis=btbt:BTCMember]",
  }),
];

type DataDump = ReturnType<typeof dumpDataTables>;

const byFact = (a: Expected, b: Expected) =>
  `${a.metric} ${a.periodType} ${a.periodEnd}`.localeCompare(`${b.metric} ${b.periodType} ${b.periodEnd}`);
const sorted = (rows: Expected[]) => [...rows].sort(byFact);
const asExpected = ({ id: _id, importRunId: _run, derivation, ...rest }: FactRow): Expected =>
  (derivation ? { ...rest, derivation } : rest) as Expected;

describe("CleanSpark 10-Q for the quarter ended 2025-06-30", () => {
  let t: TestDatabase;
  let before: DataDump;
  let report: ImportReport;

  beforeAll(async () => {
    t = openSeededDatabase({ filings: false, without: ["BTBT"] });
    before = dumpDataTables(t.db);
    report = await importOne(t.db, CLSK_FILE, { filing: CLSK_SOURCE });
  });
  afterAll(() => t.close());

  test("imports exactly the expected observations, cited to the filing", () => {
    expect(report).toMatchObject({ kind: "ixbrl", status: "ok", errors: [] });
    expect(report.counts).toEqual({ inserted: 8, unchanged: 0, revised: 0, rejected: 0 });
    expect(report.notes).toEqual(["1129 facts read, 8 mapped, 141 relevant-looking facts not mapped"]);
    const stored = facts(t.db, { sourceUrl: CLSK_URL });
    expect(sorted(stored.map(asExpected))).toEqual(sorted(CLSK_EXPECTED));
    for (const row of stored) expect(row.importRunId).toBe(report.importRunId);
    const source = t.db.prepare("SELECT kind, date, tier FROM Source WHERE url = ?").get(CLSK_URL);
    expect(source).toEqual({ kind: "10-Q", date: "2025-08-07", tier: "filing" });
  });

  test("writes only the new source and its observations, and audits the run", () => {
    const after = dumpDataTables(t.db);
    for (const table of ["Company", "CompanyNote", "Event", "BtcPrice", "Revision"]) {
      expect(after[table]).toEqual(before[table]);
    }
    expect(after.Source).toHaveLength(before.Source.length + 1);
    expect(after.Observation).toHaveLength(before.Observation.length + 8);
    expect(after.Observation.slice(0, before.Observation.length)).toEqual(before.Observation);
    expect(importRuns(t.db).at(-1)).toMatchObject({
      id: report.importRunId,
      input: CLSK_FILE,
      kind: "ixbrl",
      status: "ok",
      inserted: 8,
      unchanged: 0,
      revised: 0,
      rejected: 0,
      errors: [],
    });
  });

  test("the 2025-06-30 bitcoin holdings now have two sources: the seeded news report and the filing", () => {
    const held = facts(t.db, { ticker: "CLSK", metric: "btc_held", periodEnd: "2025-06-30" });
    expect(held.map((r) => [r.periodType, r.value, r.sourceKind, r.sourceUrl])).toEqual([
      [
        "quarter",
        12_703,
        "news",
        "https://www.stocktitan.net/news/CLSK/clean-spark-reports-third-quarter-fiscal-2025-xecd6ileai3j.html",
      ],
      ["quarter", 10_075, "10-Q", CLSK_URL],
    ]);
    // Likewise the year-to-date capex: the news figure (capex plus miner purchases) stays beside the filing's.
    const capex = facts(t.db, { ticker: "CLSK", metric: "capex_usd", periodEnd: "2025-06-30" });
    expect(capex.map((r) => [r.periodType, r.value, r.sourceKind])).toEqual([
      ["ytd", 441_200_000, "news"],
      ["ytd", 516_271_000, "10-Q"],
    ]);
  });

  test("lists relevant facts that no rule maps, with the reason", () => {
    expect(report.unmapped).toHaveLength(141);
    // Lines added into a sum are used, so they are not listed again.
    expect(report.unmapped.filter((u) => u.concept === "us-gaap:PaymentsToAcquireOtherProductiveAssets")).toEqual([]);
    expect(report.unmapped).toContainEqual({
      concept: "clsk:BitcoinsValue",
      unit: "iso4217:USD",
      period: "2025-06-30",
      dims: {},
      value: 1_079_754_000,
      reason: "no rule for this concept",
    });
    // A monthly figure for one class of equipment is not the company's capex.
    expect(report.unmapped).toContainEqual({
      concept: "us-gaap:PaymentsToAcquireMiningAssets",
      unit: "iso4217:USD",
      period: "2025-04-01..2025-04-30",
      dims: { "us-gaap:PropertyPlantAndEquipmentByTypeAxis": "clsk:MinersAndMiningEquipmentMember" },
      value: 76_600_000,
      reason: "no rule for this concept",
    });
  });

  test("importing the same filing again reports unchanged and writes nothing", async () => {
    const snapshot = dumpDataTables(t.db);
    const again = await importOne(t.db, CLSK_FILE, { filing: CLSK_SOURCE });
    expect(again.status).toBe("unchanged");
    expect(again.counts).toEqual({ inserted: 0, unchanged: 8, revised: 0, rejected: 0 });
    expect(dumpDataTables(t.db)).toEqual(snapshot);
    expect(importRuns(t.db).at(-1)).toMatchObject({ id: again.importRunId, status: "ok", inserted: 0, unchanged: 8 });
  });
});

describe("Bit Digital 10-Q for the quarter ended 2025-09-30", () => {
  let t: TestDatabase;
  let unknownCompany: { report: ImportReport; before: DataDump; after: DataDump };
  let company: ImportReport;
  let report: ImportReport;

  beforeAll(async () => {
    t = openSeededDatabase({ filings: false, without: ["BTBT"] });
    const before = dumpDataTables(t.db);
    const rejected = await importOne(t.db, BTBT_FILE);
    unknownCompany = { report: rejected, before, after: dumpDataTables(t.db) };
    company = await importOne(t.db, fixture("companies-bit-digital.csv"));
    report = await importOne(t.db, BTBT_FILE);
  });
  afterAll(() => t.close());

  test("is rejected while Bit Digital is not a known company", () => {
    expect(unknownCompany.report.status).toBe("rejected");
    expect(unknownCompany.report.errors).toEqual([
      `${BTBT_FILE}:dei:dei:EntityCentralIndexKey: unknown company (CIK 1710350, ticker BTBT); add it with a companies CSV first`,
    ]);
    expect(unknownCompany.after).toEqual(unknownCompany.before);
  });

  test("after adding the company, imports exactly the expected observations", () => {
    expect(company).toMatchObject({ kind: "companies-csv", status: "ok", counts: { inserted: 1 } });
    expect(report).toMatchObject({ kind: "ixbrl", status: "ok", errors: [] });
    expect(report.counts).toEqual({ inserted: 8, unchanged: 0, revised: 0, rejected: 0 });
    expect(report.notes).toEqual([
      `No --source-url given: citing the EDGAR filing index ${BTBT_URL}`,
      "1507 facts read, 8 mapped, 220 relevant-looking facts not mapped",
    ]);
    expect(sorted(facts(t.db, { ticker: "BTBT" }).map(asExpected))).toEqual(sorted(BTBT_EXPECTED));
  });

  test("does not take bitcoin miners or ether for bitcoin", () => {
    expect(facts(t.db, { ticker: "BTBT", metric: "btc_held" })).toEqual([]);
    // "the Company sold 7,900 bitcoin miners", tagged CryptoAssetNumberOfUnits in a "Bitcoins" unit.
    expect(report.unmapped).toContainEqual({
      concept: "us-gaap:CryptoAssetNumberOfUnits",
      unit: "btbt:Bitcoins",
      period: "2025-09-30",
      dims: { "us-gaap:PropertyPlantAndEquipmentByTypeAxis": "btbt:DisposalOfPropertyPlantAndEquipmentMember" },
      value: 7900,
      reason:
        "btc-units: dimensions us-gaap:PropertyPlantAndEquipmentByTypeAxis=btbt:DisposalOfPropertyPlantAndEquipmentMember do not match; btc-units-by-asset: dimensions us-gaap:PropertyPlantAndEquipmentByTypeAxis=btbt:DisposalOfPropertyPlantAndEquipmentMember do not match",
    });
    expect(report.unmapped).toContainEqual({
      concept: "us-gaap:CryptoAssetNumberOfUnits",
      unit: "btbt:ETH",
      period: "2025-09-30",
      dims: {},
      value: 10_221,
      reason: "btc-units: unit btbt:ETH is not bitcoin; btc-units-by-asset: unit btbt:ETH is not bitcoin",
    });
    // Colocation is not HPC revenue unless it is high-density colocation.
    expect(report.unmapped.map((u) => [u.concept, u.period, u.dims, u.value])).toContainEqual([
      "us-gaap:Revenues",
      "2025-07-01..2025-09-30",
      { "srt:ProductOrServiceAxis": "btbt:ColocationServicesMember" },
      1_692_280,
    ]);
  });

  test("importing the same filing again reports unchanged and writes nothing", async () => {
    const snapshot = dumpDataTables(t.db);
    const again = await importOne(t.db, BTBT_FILE);
    expect(again.status).toBe("unchanged");
    expect(again.counts).toEqual({ inserted: 0, unchanged: 8, revised: 0, rejected: 0 });
    expect(dumpDataTables(t.db)).toEqual(snapshot);
  });
});

describe("dry run", () => {
  let t: TestDatabase;
  beforeAll(() => {
    t = openSeededDatabase({ filings: false, without: ["BTBT"] });
  });
  afterAll(() => t.close());

  test("returns the observations a filing would add and writes nothing at all, not even an ImportRun", async () => {
    const before = dumpDataTables(t.db);
    const runs = importRuns(t.db);

    const report = await importOne(t.db, CLSK_FILE, { dryRun: true, filing: CLSK_SOURCE });

    expect(report).toMatchObject({ kind: "ixbrl", status: "dry-run", errors: [], importRunId: null });
    expect(report.counts).toEqual({ inserted: 0, unchanged: 0, revised: 0, rejected: 0 });
    expect(sorted(report.observations ?? [])).toEqual(sorted(CLSK_EXPECTED));
    expect(report.unmapped).toHaveLength(141);
    expect(dumpDataTables(t.db)).toEqual(before);
    expect(importRuns(t.db)).toEqual(runs);
  });

  test("a company added earlier in the same dry run is known to the filing after it, and neither is written", async () => {
    const before = dumpDataTables(t.db);
    const runs = importRuns(t.db);

    const reports = await importInputs(t.db, [BTBT_FILE, fixture("companies-bit-digital.csv")], { dryRun: true });

    // Companies files go first whatever the order given.
    expect(reports.map((r) => [r.file, r.kind, r.status])).toEqual([
      [fixture("companies-bit-digital.csv"), "companies-csv", "dry-run"],
      [BTBT_FILE, "ixbrl", "dry-run"],
    ]);
    expect(sorted(reports[1].observations ?? [])).toEqual(sorted(BTBT_EXPECTED));
    expect(dumpDataTables(t.db)).toEqual(before);
    expect(importRuns(t.db)).toEqual(runs);
  });
});
