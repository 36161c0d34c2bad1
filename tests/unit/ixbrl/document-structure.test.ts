import { describe, expect, test } from "vitest";
import { extractFactsFromString, formatFactLine } from "@/lib/ingest/ixbrl";
import { ixDoc, NS, nf } from "./ix-doc";

const only = (doc: string) => {
  const result = extractFactsFromString(doc);
  expect(result.errors).toEqual([]);
  return result.facts.map(formatFactLine);
};

describe("namespaces are resolved, not assumed", () => {
  test("any prefix bound to the ix namespace works, and 'ix' bound elsewhere is ignored", () => {
    const doc = ixDoc(
      `<div xmlns:inline="${NS.ix}" xmlns:ix="urn:not-ixbrl" xmlns:fmt="${NS.tr5}">` +
        `<inline:nonFraction name="us-gaap:Assets" contextRef="i1" unitRef="usd" format="fmt:num-dot-decimal-apos">1'234.5</inline:nonFraction>` +
        `<ix:nonFraction name="us-gaap:Ignored" contextRef="i1" unitRef="usd">9</ix:nonFraction></div>`,
    );
    expect(only(doc)).toEqual([
      `{"concept":"us-gaap:Assets","value":1234.5,"unit":"iso4217:USD","start":null,"end":null,"instant":"2025-06-30","dims":{}}`,
    ]);
  });

  test("xsi:nil is recognised under any prefix", () => {
    const doc = ixDoc(`<span xmlns:n="${NS.xsi}">${nf({ name: "us-gaap:Assets", "n:nil": "true" }, "")}</span>`);
    expect(only(doc)[0]).toContain(`"value":null`);
  });
});

describe("fact content", () => {
  test("text of nested tags is concatenated; ix:exclude content is dropped", () => {
    const doc = ixDoc(
      nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,<b>2</b>34<ix:exclude> (restated)</ix:exclude>"),
    );
    expect(only(doc)[0]).toContain(`"value":1234,`);
  });

  test("nested nonFractions are two facts with the same text, in start-tag order", () => {
    const inner = nf({ name: "us-gaap:Inner", contextRef: "d1" }, "0.5");
    const doc = ixDoc(`<ix:nonFraction name="us-gaap:Outer" contextRef="i1" unitRef="usd">${inner}</ix:nonFraction>`);
    expect(only(doc).map((l) => JSON.parse(l).concept)).toEqual(["us-gaap:Outer", "us-gaap:Inner"]);
  });

  test("facts in ix:hidden count, and resources may follow the facts", () => {
    const doc = ixDoc(nf({ name: "us-gaap:Visible" }, "1"), {
      hidden: nf({ name: "us-gaap:Hidden", unitRef: "shares" }, "2"),
      headerLast: true,
    });
    expect(only(doc).map((l) => JSON.parse(l).concept)).toEqual(["us-gaap:Visible", "us-gaap:Hidden"]);
  });

  test("scale, sign and format combine exactly", () => {
    const facts = [
      nf({ name: "a:A", format: "ixt:num-dot-decimal", scale: "6" }, "1.1"),
      nf({ name: "a:B", format: "ixt:num-dot-decimal", scale: "-2", sign: "-" }, "12.5"),
      nf({ name: "a:C", format: "ixt:num-comma-decimal", scale: "3" }, "1.234,56"),
      nf({ name: "a:D", format: "ixt:fixed-zero", sign: "-", scale: "9" }, "<span>&#8212;</span>"),
      nf({ name: "a:E", format: "ixt:num-dot-decimal" }, ".25"),
      nf({ name: "a:F", format: "ixt-sec:numwordsen", scale: "3" }, "One Hundred Thirty-Five Thousand"),
    ];
    const values = only(ixDoc(facts.join("\n"))).map((l) => JSON.parse(l).value);
    expect(values).toEqual([1100000, -0.125, 1234560, 0, 0.25, 135000000]);
  });

  test("identical facts are printed once; a different value is kept", () => {
    const a = nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,000");
    const b = nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal", scale: "3" }, "1");
    const c = nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,001");
    expect(only(ixDoc([a, b, c].join("\n"))).map((l) => JSON.parse(l).value)).toEqual([1000, 1001]);
  });

  test("CDATA content counts as text; a self-closing nil fact is a fact", () => {
    const doc = ixDoc(
      `<ix:nonFraction name="a:A" contextRef="i1" unitRef="usd" format="ixt:num-dot-decimal"><![CDATA[1,234]]></ix:nonFraction>\n` +
        `<ix:nonFraction name="a:B" contextRef="i1" unitRef="usd" xsi:nil="true"/>`,
    );
    expect(only(doc).map((l) => JSON.parse(l).value)).toEqual([1234, null]);
  });

  test("a missing unitRef gives unit null", () => {
    const doc = ixDoc(`<ix:nonFraction name="us-gaap:Ratio" contextRef="i1">3</ix:nonFraction>`);
    expect(only(doc)[0]).toContain(`"unit":null`);
  });
});

describe("contexts and units", () => {
  const resources = [
    `<xbrli:context id="typed"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier><xbrli:segment><xbrldi:typedMember dimension="acme:TrancheAxis"><acme:tranche> B-2 </acme:tranche></xbrldi:typedMember></xbrli:segment></xbrli:entity>` +
      `<xbrli:period><xbrli:startDate>2025-01-01T00:00:00</xbrli:startDate><xbrli:endDate>2025-03-31Z</xbrli:endDate></xbrli:period>` +
      `<xbrli:scenario><xbrldi:explicitMember dimension="srt:ScenarioAxis">srt:ScenarioForecastMember</xbrldi:explicitMember></xbrli:scenario></xbrli:context>`,
    `<xbrli:context id="forever"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>`,
    `<xbrli:unit id="mwh"><xbrli:measure>acme:MW</xbrli:measure><xbrli:measure>acme:Hour</xbrli:measure></xbrli:unit>`,
    `<xbrli:unit id="btcPerEh"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>acme:BTC</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>acme:EH</xbrli:measure><xbrli:measure>acme:Day</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>`,
  ].join("\n");

  test("typed and scenario members, dateTime periods, forever, multiply and divide units", () => {
    const doc = ixDoc(
      [
        nf({ name: "acme:X", contextRef: "typed", unitRef: "mwh" }, "1"),
        nf({ name: "acme:Y", contextRef: "forever", unitRef: "btcPerEh" }, "2"),
      ].join("\n"),
      { resources },
    );
    expect(only(doc)).toEqual([
      `{"concept":"acme:X","value":1,"unit":"acme:MW*acme:Hour","start":"2025-01-01","end":"2025-03-31","instant":null,"dims":{"acme:TrancheAxis":"B-2","srt:ScenarioAxis":"srt:ScenarioForecastMember"}}`,
      `{"concept":"acme:Y","value":2,"unit":"acme:BTC/acme:EH*acme:Day","start":null,"end":null,"instant":null,"dims":{}}`,
    ]);
  });

  test("explicit members are trimmed and keys sorted", () => {
    const doc = ixDoc(nf({ name: "us-gaap:Assets", contextRef: "seg" }, "1"));
    expect(only(doc)[0]).toContain(
      `"dims":{"srt:ProductOrServiceAxis":"acme:MiningMember","us-gaap:StatementClassOfStockAxis":"us-gaap:CommonStockMember"}`,
    );
  });
});

describe("dei", () => {
  test("dei values are read by namespace, first occurrence wins, text trimmed", () => {
    const hidden = [
      `<ix:nonNumeric name="d:EntityCentralIndexKey" contextRef="d1" xmlns:d="http://xbrl.sec.gov/dei/2023"> 0000000042 </ix:nonNumeric>`,
      `<ix:nonNumeric name="dei:TradingSymbol" contextRef="d1">ACME</ix:nonNumeric>`,
      `<ix:nonNumeric name="dei:TradingSymbol" contextRef="d1">ACMEW</ix:nonNumeric>`,
      `<ix:nonNumeric name="other:DocumentType" contextRef="d1" xmlns:other="urn:x">ignored</ix:nonNumeric>`,
    ].join("");
    const result = extractFactsFromString(ixDoc("<p/>", { hidden }));
    expect(result.dei).toEqual({
      cik: "0000000042",
      ticker: "ACME",
      documentType: null,
      periodEndDate: null,
      fiscalYearFocus: null,
      fiscalPeriodFocus: null,
    });
  });
});
