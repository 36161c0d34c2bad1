import { describe, expect, test } from "vitest";
import { canonicalDecimal, parseScale, shiftDecimal } from "@/lib/ingest/ixbrl/decimal-scale";
import { lookupFormat } from "@/lib/ingest/ixbrl/number-transforms";
import { wordsToInteger } from "@/lib/ingest/ixbrl/words-to-number";

const TR = {
  tr1: "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20",
  tr2: "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31",
  tr3: "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26",
  tr4: "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12",
  tr5: "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16",
  sec: "http://www.sec.gov/inlineXBRL/transformation/2015-08-31",
} as const;

/** Runs a transform; undefined when the format is not numeric in that registry. */
function run(registry: keyof typeof TR, name: string, text: string): string | null | undefined {
  const found = lookupFormat(TR[registry], name);
  return found.kind === "numeric" ? found.transform(text) : undefined;
}

describe("TR4/TR5 numeric transforms", () => {
  test.each([
    ["1,234,567.89", "1234567.89"],
    ["1 234 567.89", "1234567.89"],
    ["1\u00A0234", "1234"],
    ["1,234 567", "1234567"], // each group chooses its own separator
    ["1234567", "1234567"],
    [" \n 0.50 \t", "0.5"], // XML whitespace around the value is allowed
    [".5", "0.5"], // TR4: integer part optional when a fraction is present
    ["007", "7"],
    ["0", "0"],
  ])("num-dot-decimal %j → %s", (text, out) => {
    expect(run("tr4", "num-dot-decimal", text)).toBe(out);
    expect(run("tr5", "num-dot-decimal", text)).toBe(out);
  });

  test.each(["", "1,23", "12,3456", "1,234.", "1..2", "(5)", "-5", "5-", "\u00A05", "1,234.5,6", "1e3", "١٢٣"])(
    "num-dot-decimal rejects %j",
    (text) => {
      expect(run("tr4", "num-dot-decimal", text)).toBeNull();
    },
  );

  test.each([
    ["1.234.567,89", "1234567.89"],
    ["1 234,5", "1234.5"],
    [",75", "0.75"],
  ])("num-comma-decimal %j → %s", (text, out) => {
    expect(run("tr4", "num-comma-decimal", text)).toBe(out);
  });

  test.each([
    ["5 dollars 7 cents", "5.07"],
    ["1,234 Euro 50", "1234.5"],
    ["\uFF11\uFF12 yen 3", "12.03"], // full-width digits
  ])("num-unit-decimal %j → %s", (text, out) => {
    expect(run("tr4", "num-unit-decimal", text)).toBe(out);
  });

  test("fixed-zero ignores its content", () => {
    for (const text of ["\u2014", "-", "$0", "nil", ""]) expect(run("tr4", "fixed-zero", text)).toBe("0");
  });

  test("TR5 apostrophe grouping", () => {
    expect(run("tr5", "num-dot-decimal-apos", "1'234'567.5")).toBe("1234567.5");
    expect(run("tr5", "num-comma-decimal-apos", "1\u2019234,5")).toBe("1234.5");
    expect(run("tr4", "num-dot-decimal-apos", "1'234")).toBeUndefined();
  });

  test("numdotdecimalin: Indian lakh/crore grouping, Devanagari digits", () => {
    expect(run("tr4", "numdotdecimalin", "1,23,45,678.90")).toBe("12345678.9");
    expect(run("tr3", "numdotdecimalin", "\u0967,\u0968\u0969,\u0969\u0966\u0966")).toBe("123300");
    expect(run("tr4", "numdotdecimalin", "1,234,567")).toBeNull();
  });

  test("non-numeric transforms are known but yield no number", () => {
    expect(lookupFormat(TR.tr4, "date-monthname-day-year-en").kind).toBe("non-numeric");
    expect(lookupFormat(TR.tr4, "fixed-empty").kind).toBe("non-numeric");
    expect(lookupFormat(TR.sec, "boolballotbox").kind).toBe("non-numeric");
    expect(lookupFormat(TR.tr4, "zerodash").kind).toBe("unknown"); // TR4 replaced it with fixed-zero
    expect(lookupFormat(TR.tr4, "constructor").kind).toBe("unknown");
  });
});

describe("TR1–TR3 numeric transforms", () => {
  test.each([
    ["tr1", "numcommadot", "1,234.5", "1234.5"],
    ["tr1", "numcommadot", "1234", null], // TR1 requires the separators
    ["tr1", "numdotcomma", "1.234,5", "1234.5"],
    ["tr1", "numspacedot", "1 234.5", "1234.5"],
    ["tr1", "numspacecomma", "1 234,5", "1234.5"],
    ["tr1", "numcomma", "1234,5", "1234.5"],
    ["tr1", "numdash", "-", "0"],
    ["tr2", "numdotdecimal", "1,234.5", "1234.5"],
    ["tr2", "numdotdecimal", ".5", null], // the optional integer part only arrived in TR4
    ["tr2", "numcommadecimal", "1.234,5", "1234.5"],
    ["tr2", "zerodash", " \u2013 ", "0"],
    ["tr2", "zerodash", "--", null],
    ["tr2", "numunitdecimal", "5 dollars 7 cents", "5.07"],
    ["tr3", "numunitdecimalin", "1,23,456 rupees 5 paise", "123456.05"],
  ] as const)("%s %s %j → %s", (registry, name, text, out) => {
    expect(run(registry, name, text)).toBe(out);
  });
});

describe("ixt-sec transforms", () => {
  // Vectors from the SEC transformation conformance suite (valid/invalid variations).
  test.each([
    ["eighteen million three hundred thousand fifty-one", 18300051n],
    ["eighteen million three hundred thousand and fifty-one", 18300051n],
    ["fifty\u2013one", 51n],
    ["fifty\uFF0Done", 51n],
    ["none", 0n],
    ["No", 0n],
    ["zero", 0n],
    ["one hundred", 100n],
    [" one hundred ", 100n],
    ["one\u00A0hundred", 100n],
    ["twenty one", 21n],
    ["three thousand, two hundred and five", 3205n],
    ["one hundred thirty-five thousand", 135000n],
    ["nine hundred ninety-nine quintillion", 999n * 10n ** 18n],
    ["TWELVE", 12n],
  ])("numwordsen %j → %s", (text, value) => {
    expect(wordsToInteger(text)).toBe(value);
  });

  test.each([
    "fifty_one",
    "fiftyone",
    "four gazillion",
    "zero hundred",
    "\u00A0one hundred",
    "one hundred\u00A0",
    "hundred",
    "one thousand one million",
    "one thousand,",
    "and five",
    "one, two",
    "five and",
    "constructor",
  ])("numwordsen rejects %j", (text) => {
    expect(wordsToInteger(text)).toBeNull();
  });

  test("durations: the count of the unit is the number", () => {
    expect(run("sec", "duryear", "1.5")).toBe("1.5");
    expect(run("sec", "durmonth", " -3 ")).toBe("-3");
    expect(run("sec", "duryear", "one")).toBeNull();
    expect(run("sec", "durwordsen", "five years")).toBe("5");
    expect(run("sec", "durwordsen", "Twenty-Four Months")).toBe("24");
    expect(run("sec", "durwordsen", "30 days")).toBe("30");
    expect(run("sec", "durwordsen", "two years and six months")).toBeNull(); // P2Y6M is no single number
    expect(run("sec", "durwordsen", "months five")).toBeNull();
  });

  test("numinf/numneginf/numnan yield xs:double specials", () => {
    expect(run("sec", "numinf", "unlimited")).toBe("INF");
    expect(run("sec", "numneginf", "x")).toBe("-INF");
    expect(run("sec", "numnan", "n/a")).toBe("NaN");
  });
});

describe("decimal scaling", () => {
  test.each([
    ["1.1", 6, "1100000"],
    ["0.001", 3, "1"],
    ["12.5", -2, "0.125"],
    ["-3", 2, "-300"],
    ["0", 9, "0"],
    ["123", -5, "0.00123"],
  ])("%s × 10^%i = %s", (value, scale, out) => {
    expect(shiftDecimal(value, scale)).toBe(out);
  });

  test("canonical form and scale parsing", () => {
    expect(canonicalDecimal("000.1000")).toBe("0.1");
    expect(canonicalDecimal("0.000", true)).toBe("0");
    expect(parseScale(" -2 ")).toBe(-2);
    expect(parseScale("+6")).toBe(6);
    expect(parseScale("401")).toBeNull();
  });
});
