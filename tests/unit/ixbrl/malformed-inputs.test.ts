import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { extractFactsFromBytes, extractFactsFromFile, extractFactsFromString } from "@/lib/ingest/ixbrl";
import { ixDoc, lineOf, nf } from "./ix-doc";

const tmp = mkdtempSync(path.join(tmpdir(), "ixbrl-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs one fact whose text cannot be read next to a good one: the document is not refused, the good fact
 * survives, and the bad one is skipped with a single warning pointing at its line.
 */
function singleSkip(badFact: string, needle: string) {
  const good = nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,000");
  const doc = ixDoc(`<p>${good}</p>\n<p>${badFact}</p>`);
  const result = extractFactsFromString(doc);
  expect(result.facts.map((f) => f.concept)).toEqual(["us-gaap:Assets"]);
  expect(result.errors).toEqual([]);
  expect(result.warnings).toHaveLength(1);
  const line = lineOf(doc, needle);
  const [warning] = result.warnings;
  expect(warning.kind).toBe("skipped");
  expect(warning.line).toBe(line);
  expect(warning.message).toMatch(new RegExp(`^line ${line}: .*; fact skipped$`));
  return { ...warning, kind: warning.cause };
}

/** Runs one bad fact next to a good one and returns the single error (the good fact must survive). */
function singleError(badFact: string, needle: string) {
  const good = nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,000");
  const doc = ixDoc(`<p>${good}</p>\n<p>${badFact}</p>`);
  const result = extractFactsFromString(doc);
  expect(result.facts.map((f) => f.concept)).toEqual(["us-gaap:Assets"]);
  expect(result.errors).toHaveLength(1);
  const line = lineOf(doc, needle);
  const [error] = result.errors;
  expect(error.line).toBe(line);
  expect(error.message).toMatch(new RegExp(`^line ${line}: `));
  return error;
}

describe("fact-level errors name the fact and its line", () => {
  test("unknown contextRef", () => {
    const error = singleError(nf({ name: "us-gaap:Revenues", contextRef: "ghost" }, "5"), "us-gaap:Revenues");
    expect(error.kind).toBe("unknown-context");
    expect(error.message).toContain(`contextRef "ghost"`);
    expect(error.fact).toEqual({ concept: "us-gaap:Revenues", contextRef: "ghost", line: error.line });
  });

  test("unknown unitRef", () => {
    const error = singleError(nf({ name: "us-gaap:Revenues", unitRef: "eur" }, "5"), "us-gaap:Revenues");
    expect(error.kind).toBe("unknown-unit");
    expect(error.message).toContain(`unitRef "eur"`);
  });

  test.each([
    ["ixt:num-dot-decimal", "12,34"], // group of two digits
    ["ixt:num-dot-decimal", "(1,234)"], // parentheses are presentation, not part of the value
    ["ixt:num-dot-decimal", "1.234.5"],
    ["ixt:num-dot-decimal", "$1,234"],
    ["ixt:num-comma-decimal", "1,234.5"],
    ["ixt-sec:numwordsen", "four gazillion"],
    ["ixt-sec:numwordsen", "zero hundred"],
    ["ixt:date-month-day", "06-30"], // a real transform, but it yields a date, not a number
  ])("bad number text for %s: %s is skipped", (format, text) => {
    const error = singleSkip(nf({ name: "us-gaap:Revenues", format }, text), "us-gaap:Revenues");
    expect(error.kind).toBe("bad-format");
    expect(error.message).toContain(format);
  });

  test.each(["1,234", "-5", "", "five"])("bad number text without a format is skipped: %j", (text) => {
    const error = singleSkip(nf({ name: "us-gaap:Revenues" }, text), "us-gaap:Revenues");
    expect(error.kind).toBe("bad-format");
  });

  test.each(["7x", "1.5", "+-1", "", "999999"])("bad scale attribute %j is skipped", (scale) => {
    const fact = nf({ name: "us-gaap:Revenues", format: "ixt:num-dot-decimal", scale }, "1");
    expect(singleSkip(fact, "us-gaap:Revenues").kind).toBe("bad-format");
  });

  test.each([
    ["ixt:num-dot-decimal-typo", "not in the registry"],
    ["nope:num-dot-decimal", "not bound"],
    ["num-dot-decimal", "not a transformation registry"], // unprefixed → default (XHTML) namespace
    ["us-gaap:num-dot-decimal", "not a transformation registry"],
    ["ixt:num-dot-decimal-apos", "not in the registry"], // TR5-only name used with the TR4 namespace
  ])("unknown format %s is skipped", (format, reason) => {
    const error = singleSkip(nf({ name: "us-gaap:Revenues", format }, "1"), "us-gaap:Revenues");
    expect(error.kind).toBe("unknown-format");
    expect(error.message).toContain(reason);
  });

  test.each([
    ["ixt:num-dot-decimal", "1,503,", 1503, 'read "1,503", ignoring the trailing ","'],
    ["ixt:num-dot-decimal", "1,234.", 1234, 'read "1,234", ignoring the trailing "."'],
    ["ixt:num-dot-decimal", " 42; ", 42, 'read "42", ignoring the trailing ";"'],
    ["ixt-sec:numwordsen", "nil", 0, 'read the word "nil" as 0'],
    ["ixt-sec:numwordsen", "None", 0, null], // in the registry already: no repair, no warning
  ])("%s %j is read as %d", (format, text, value, note) => {
    const good = nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,000");
    const doc = ixDoc(`<p>${good}</p>\n<p>${nf({ name: "us-gaap:Revenues", format }, text)}</p>`);
    const result = extractFactsFromString(doc);
    expect(result.errors).toEqual([]);
    expect(result.facts.map((f) => [f.concept, f.value])).toEqual([
      ["us-gaap:Assets", 1000],
      ["us-gaap:Revenues", value],
    ]);
    if (note === null) expect(result.warnings).toEqual([]);
    else {
      const line = lineOf(doc, "us-gaap:Revenues");
      expect(result.warnings).toEqual([
        {
          kind: "recovered",
          line,
          value,
          fact: { concept: "us-gaap:Revenues", contextRef: "i1", line },
          message: `line ${line}: us-gaap:Revenues text ${JSON.stringify(text)} is not valid input for format ${format}; ${note}`,
        },
      ]);
    }
  });

  test("a fact with several problems reports each of them", () => {
    const doc = ixDoc(nf({ name: "us-gaap:Revenues", contextRef: "x", unitRef: "y", format: "ixt:bogus" }, "1"));
    const kinds = extractFactsFromString(doc).errors.map((e) => e.kind);
    expect(kinds).toEqual(["unknown-format", "unknown-context", "unknown-unit"]);
  });
});

describe("document-level errors", () => {
  test("truncated document: facts read before the cut survive, the cut is reported at the last line", () => {
    const full = ixDoc(
      [
        nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "10"),
        nf({ name: "us-gaap:Liabilities", format: "ixt:num-dot-decimal" }, "20"),
      ].join("\n"),
    );
    const cut = full.slice(0, full.indexOf("20</ix:nonFraction>") + 1);
    const result = extractFactsFromString(cut);
    expect(result.facts.map((f) => f.concept)).toEqual(["us-gaap:Assets"]);
    expect(result.errors).toHaveLength(1);
    const last = cut.split("\n").length;
    expect(result.errors[0]).toMatchObject({ kind: "truncated", line: last });
    expect(result.errors[0].message).toMatch(new RegExp(`^line ${last}: .*<html> \\(opened on line 2\\)`));
  });

  test("truncated inside a tag", () => {
    const full = ixDoc(nf({ name: "us-gaap:Assets" }, "10"));
    const result = extractFactsFromString(full.slice(0, full.indexOf("</body>") + 4));
    expect(result.errors.map((e) => e.kind)).toEqual(["truncated"]);
    expect(result.facts).toHaveLength(1);
  });

  test("plain HTML is not iXBRL", () => {
    const result = extractFactsFromString("<html>\n<body><p>Revenue: 1,234</p></body>\n</html>");
    expect(result.facts).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        kind: "not-ixbrl",
        line: 1,
        message: expect.stringMatching(/^line 1: .*no Inline XBRL/),
      }),
    ]);
  });

  test("ix namespace but no ix:header is not iXBRL either", () => {
    const doc = `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">\n<ix:nonFraction name="a:b" contextRef="c">1</ix:nonFraction>\n</html>`;
    const result = extractFactsFromString(doc);
    expect(result.errors).toEqual([expect.objectContaining({ kind: "not-ixbrl", line: 1 })]);
    expect(result.errors[0].message).toContain("no ix:header");
  });

  test("empty input", () => {
    expect(extractFactsFromString("").errors.map((e) => e.kind)).toEqual(["not-ixbrl"]);
  });
});

describe("non-UTF-8 input", () => {
  const doc = ixDoc(`<p>Caf\u00e9 ${nf({ name: "us-gaap:Assets", format: "ixt:num-dot-decimal" }, "1,000")}</p>`);
  const [head, tail] = doc.split("\u00e9");
  // "é" as the single Latin-1 byte 0xE9: a UTF-8 lead byte followed by a space, which is no continuation byte.
  const latin1 = Buffer.concat([Buffer.from(head, "utf8"), Buffer.from([0xe9]), Buffer.from(tail, "utf8")]);
  const badOffset = Buffer.byteLength(head, "utf8");

  test("bytes: reports kind encoding with byte offset and line, and still reads the facts", () => {
    const result = extractFactsFromBytes(latin1);
    const line = lineOf(doc, "Caf");
    expect(result.errors).toEqual([
      {
        kind: "encoding",
        line,
        byteOffset: badOffset,
        message: `line ${line}: invalid UTF-8 byte sequence at byte offset ${badOffset}`,
      },
    ]);
    expect(result.facts.map((f) => f.value)).toEqual([1000]);
  });

  test.each([1, 7, 4096])("file streamed in %i-byte chunks reports the same offset", async (highWaterMark) => {
    const file = path.join(tmp, `latin1-${highWaterMark}.htm`);
    writeFileSync(file, latin1);
    const result = await extractFactsFromFile(file, { highWaterMark });
    expect(result.errors.map((e) => [e.kind, e.byteOffset])).toEqual([["encoding", badOffset]]);
  });

  test("valid multi-byte characters split across 1-byte chunks are not an error", async () => {
    const file = path.join(tmp, "utf8.htm");
    writeFileSync(file, doc.replace("Caf\u00e9", "Caf\u00e9 \u20ac \u{1F4B0}"), "utf8");
    const result = await extractFactsFromFile(file, { highWaterMark: 1 });
    expect(result.errors).toEqual([]);
    expect(result.facts).toHaveLength(1);
  });

  test("input ending inside a multi-byte sequence", () => {
    const bytes = Buffer.concat([Buffer.from(doc, "utf8"), Buffer.from([0xe2, 0x82])]);
    const result = extractFactsFromBytes(bytes);
    expect(result.errors).toEqual([expect.objectContaining({ kind: "encoding", byteOffset: bytes.length - 2 })]);
  });
});
