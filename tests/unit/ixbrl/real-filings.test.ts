import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractFactsFromFile, extractFactsFromString, formatFactLine, type IxbrlExtraction } from "@/lib/ingest/ixbrl";

const FILINGS = path.resolve(import.meta.dirname, "../../fixtures/filings");
const CLSK = path.join(FILINGS, "clsk-10q-2025-06-30.htm");
const BTBT = path.join(FILINGS, "btbt-10q-2025-09-30.htm");

const lines = (r: IxbrlExtraction) => r.facts.map(formatFactLine);

// Every expected line below was checked by hand against the raw .htm: the ix:nonFraction text and
// attributes (line number given) and the xbrli:context / xbrli:unit it points at.
describe("CleanSpark 10-Q for 2025-06-30", () => {
  let result: IxbrlExtraction;
  beforeAll(async () => {
    result = await extractFactsFromFile(CLSK);
  });

  test("reads every fact without errors and keeps 1129 distinct ones (1186 ix:nonFraction elements)", () => {
    expect(result.errors).toEqual([]);
    expect(result.facts).toHaveLength(1129);
  });

  test("dei values come from the hidden/visible ix:nonNumeric facts", () => {
    expect(result.dei).toEqual({
      cik: "0000827876",
      ticker: "CLSK", // first of CLSK / CLSKW in document order
      documentType: "10-Q",
      periodEndDate: "June 30, 2025",
      fiscalYearFocus: "2025",
      fiscalPeriodFocus: "Q3",
    });
    expect(Number(result.dei.cik)).toBe(827876);
  });

  test.each([
    // L756: "124,573" scale=3 sign="-" → −124,573,000 (scaled and negated)
    `{"concept":"us-gaap:RetainedEarningsAccumulatedDeficit","value":-124573000,"unit":"iso4217:USD","start":null,"end":null,"instant":"2025-06-30","dims":{}}`,
    // L381: ixt:fixed-zero over "&#8212;" (em dash) → 0
    `{"concept":"us-gaap:AccountsAndNotesReceivableNet","value":0,"unit":"iso4217:USD","start":null,"end":null,"instant":"2025-06-30","dims":{}}`,
    // L6634: 691 in U_Bitcoin (clsk:Bitcoin), context with two explicit members, keys sorted
    `{"concept":"us-gaap:CryptoAssetNumberOfUnits","value":691,"unit":"clsk:Bitcoin","start":null,"end":null,"instant":"2025-04-30","dims":{"srt:CryptoAssetAxis":"clsk:BitcoinMember","us-gaap:PropertyPlantAndEquipmentByTypeAxis":"clsk:MinersAndMiningEquipmentMember"}}`,
    // L1551: "1.03" sign="-" in the divide unit USD per share
    `{"concept":"us-gaap:IncomeLossFromContinuingOperationsPerBasicShare","value":-1.03,"unit":"iso4217:USD/xbrli:shares","start":"2024-04-01","end":"2024-06-30","instant":null,"dims":{}}`,
    // L709: a nonFraction nested in another — both carry the text "0.001"
    `{"concept":"us-gaap:PreferredStockParOrStatedValuePerShare","value":0.001,"unit":"iso4217:USD/xbrli:shares","start":null,"end":null,"instant":"2025-06-30","dims":{}}`,
    `{"concept":"us-gaap:PreferredStockParOrStatedValuePerShare","value":0.001,"unit":"iso4217:USD/xbrli:shares","start":null,"end":null,"instant":"2024-09-30","dims":{}}`,
    // L6213: "99" scale=-2 → 0.99 exactly
    `{"concept":"clsk:PercentageOfBitcoinInColdStorage","value":0.99,"unit":"xbrli:pure","start":null,"end":null,"instant":"2025-06-30","dims":{}}`,
    // L4432: ixt-sec:numwordsen "fourteen"
    `{"concept":"clsk:NumberOfFacility","value":14,"unit":"clsk:Facility","start":"2024-10-01","end":"2025-06-30","instant":null,"dims":{"srt:StatementGeographicalAxis":"stpr:GA"}}`,
  ])("contains %s", (line) => {
    expect(lines(result)).toContain(line);
  });

  test("the string API and a tiny-chunk file stream give identical output", async () => {
    const fromString = extractFactsFromString(readFileSync(CLSK, "utf8"));
    const chunked = await extractFactsFromFile(CLSK, { highWaterMark: 1021 });
    expect(lines(fromString)).toEqual(lines(result));
    expect(lines(chunked)).toEqual(lines(result));
  });
});

describe("Bit Digital 10-Q for 2025-09-30", () => {
  let result: IxbrlExtraction;
  beforeAll(async () => {
    result = await extractFactsFromFile(BTBT);
  });

  test("reads every fact without errors and keeps 1507 distinct ones (1591 ix:nonFraction elements)", () => {
    expect(result.errors).toEqual([]);
    expect(result.facts).toHaveLength(1507);
  });

  test("dei values", () => {
    expect(result.dei).toEqual({
      cik: "0001710350",
      ticker: "BTBT",
      documentType: "10-Q",
      periodEndDate: "September 30, 2025",
      fiscalYearFocus: "2025",
      fiscalPeriodFocus: "Q3",
    });
    expect(Number(result.dei.cik)).toBe(1710350);
  });

  test.each([
    // L2391: "159.4" scale=6 → 159,400,000 with no float residue; context c196 has one explicit member
    `{"concept":"us-gaap:ProceedsFromIssuanceInitialPublicOffering","value":159400000,"unit":"iso4217:USD","start":"2025-08-08","end":"2025-08-08","instant":null,"dims":{"us-gaap:SubsidiarySaleOfStockAxis":"us-gaap:IPOMember"}}`,
    // L4154: sign="-" on a fact dimensioned by btbt:BTCMember (context c278)
    `{"concept":"btbt:SalesOfBTCInExchangeOfCash","value":-54950404,"unit":"iso4217:USD","start":"2025-01-01","end":"2025-09-30","instant":null,"dims":{"srt:CryptoAssetAxis":"btbt:BTCMember"}}`,
    // L4888: "7,900" in unit "Bitcoins" (btbt:Bitcoins — the filing's only bitcoin-count unit)
    `{"concept":"us-gaap:CryptoAssetNumberOfUnits","value":7900,"unit":"btbt:Bitcoins","start":null,"end":null,"instant":"2025-09-30","dims":{"us-gaap:PropertyPlantAndEquipmentByTypeAxis":"btbt:DisposalOfPropertyPlantAndEquipmentMember"}}`,
    // L6997: ixt:fixed-zero over "$0"
    `{"concept":"us-gaap:LiabilitiesOfDisposalGroupIncludingDiscontinuedOperation","value":0,"unit":"iso4217:USD","start":null,"end":null,"instant":"2024-09-30","dims":{}}`,
    // L12354: xsi:nil="true" inside ix:hidden → value null
    `{"concept":"us-gaap:IntangibleAssetsCurrent","value":null,"unit":"iso4217:USD","start":null,"end":null,"instant":"2024-12-31","dims":{}}`,
    // L12630: hidden fact without a format attribute, unit btbt:ETH
    `{"concept":"us-gaap:CryptoAssetNumberOfUnits","value":10221,"unit":"btbt:ETH","start":null,"end":null,"instant":"2025-09-30","dims":{}}`,
    // L5999: ixt-sec:numwordsen "four"
    `{"concept":"us-gaap:NumberOfReportableSegments","value":4,"unit":"btbt:Segment","start":"2025-01-01","end":"2025-09-30","instant":null,"dims":{}}`,
    // L622: nested nonFraction, divide unit declared with xmlns="" on xbrli:unit
    `{"concept":"us-gaap:PreferredStockParOrStatedValuePerShare","value":0.01,"unit":"iso4217:USD/xbrli:shares","start":null,"end":null,"instant":"2024-12-31","dims":{}}`,
  ])("contains %s", (line) => {
    expect(lines(result)).toContain(line);
  });

  test("output lines are unique and in document order of first occurrence", () => {
    const all = lines(result);
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toBe(
      `{"concept":"dei:EntityCommonStockSharesOutstanding","value":323674831,"unit":"xbrli:shares","start":null,"end":null,"instant":"2025-11-10","dims":{}}`,
    );
  });
});
