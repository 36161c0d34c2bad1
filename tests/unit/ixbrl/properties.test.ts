import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalDecimal, decimalToNumber, shiftDecimal } from "@/lib/ingest/ixbrl/decimal-scale";
import { LineIndex } from "@/lib/ingest/ixbrl/line-index";
import { lookupFormat } from "@/lib/ingest/ixbrl/number-transforms";
import { firstInvalidUtf8 } from "@/lib/ingest/ixbrl/utf8-decoder";
import { wordsToInteger } from "@/lib/ingest/ixbrl/words-to-number";

const RUNS = { numRuns: 1000 };
const TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";

function transform(name: string): (text: string) => string | null {
  const found = lookupFormat(TR4, name);
  if (found.kind !== "numeric") throw new Error(name);
  return found.transform;
}

/** Integer digits split into groups of three from the right, each joined by a separator of its own. */
function group(intDigits: string, separators: readonly string[]): string {
  const groups: string[] = [];
  for (let end = intDigits.length; end > 0; end -= 3) groups.unshift(intDigits.slice(Math.max(0, end - 3), end));
  return groups.reduce((out, g, i) => (i === 0 ? g : out + separators[i % separators.length] + g), "");
}

/** A non-negative decimal as (integer part, fraction digits) with its exact BigInt-derived canonical form. */
const decimalParts = fc.record({
  int: fc.bigInt({ min: 0n, max: 10n ** 24n }),
  frac: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 12 }),
});
const reference = ({ int, frac }: { int: bigint; frac: string }) => {
  const f = frac.replace(/0+$/, "");
  return f ? `${int}.${f}` : int.toString();
};

describe("grouped decimal transforms round-trip", () => {
  test("num-dot-decimal parses any grouped rendering back to the number", () => {
    const parse = transform("num-dot-decimal");
    fc.assert(
      fc.property(decimalParts, fc.array(fc.constantFrom(",", " ", "\u00A0", ""), { minLength: 1 }), (d, seps) => {
        const text = group(d.int.toString(), seps) + (d.frac ? `.${d.frac}` : "");
        expect(parse(text)).toBe(reference(d));
        expect(decimalToNumber(parse(text) ?? "")).toBe(Number(reference(d)));
      }),
      RUNS,
    );
  });

  test("num-comma-decimal parses any grouped rendering back to the number", () => {
    const parse = transform("num-comma-decimal");
    fc.assert(
      fc.property(decimalParts, fc.array(fc.constantFrom(".", " ", "\u00A0", ""), { minLength: 1 }), (d, seps) => {
        const text = group(d.int.toString(), seps) + (d.frac ? `,${d.frac}` : "");
        expect(parse(text)).toBe(reference(d));
      }),
      RUNS,
    );
  });

  test("num-dot-decimal rejects a group that is not three digits", () => {
    const parse = transform("num-dot-decimal");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99 }), (head, bad) => {
        expect(parse(`${head},${bad}`)).toBeNull();
      }),
      RUNS,
    );
  });
});

/** Splits a canonical decimal into an integer mantissa and its count of fraction digits. */
function mantissa(value: string): { m: bigint; fracDigits: number } {
  const [int, frac = ""] = value.split(".");
  return { m: BigInt(int + frac), fracDigits: frac.length };
}

describe("scale shifting is exact decimal arithmetic", () => {
  test("shiftDecimal(v, s) = v × 10^s, checked with BigInt cross-multiplication", () => {
    fc.assert(
      fc.property(decimalParts, fc.boolean(), fc.integer({ min: -40, max: 40 }), (d, negative, scale) => {
        const input = canonicalDecimal(reference(d), negative);
        const out = shiftDecimal(input, scale);
        // Canonical: no leading zeros, no trailing fraction zeros, no "-0".
        expect(out).toMatch(/^(0|-?[1-9][0-9]*)(\.[0-9]*[1-9])?$|^-?0\.[0-9]*[1-9]$/);
        const a = mantissa(input);
        const b = mantissa(out);
        // a.m / 10^a.frac × 10^scale === b.m / 10^b.frac  ⇔  a.m × 10^(scale + b.frac) === b.m × 10^(a.frac)
        const left = scale + b.fracDigits;
        const right = a.fracDigits;
        const k = Math.max(0, -left, -right);
        expect(a.m * 10n ** BigInt(left + k)).toBe(b.m * 10n ** BigInt(right + k));
      }),
      RUNS,
    );
  });

  test("the JS number is the correctly rounded value of the exact result", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: -6, max: 9 }),
        (m, fracDigits, scale) => {
          const digits = m.toString().padStart(fracDigits + 1, "0");
          const text = fracDigits ? `${digits.slice(0, -fracDigits)}.${digits.slice(-fracDigits)}` : digits;
          // Exact rational m × 10^(scale − fracDigits) rendered with BigInt, then parsed once.
          const e = scale - fracDigits;
          const exact = e >= 0 ? (m * 10n ** BigInt(e)).toString() : `${m}e${e}`;
          expect(decimalToNumber(shiftDecimal(canonicalDecimal(text), scale))).toBe(Number(exact));
        },
      ),
      RUNS,
    );
  });
});

const ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES = ["", " thousand", " million", " billion", " trillion"];
function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const rest = r < 20 ? ONES[r] : TENS[Math.floor(r / 10)] + (r % 10 ? `-${ONES[r % 10]}` : "");
  return h ? `${ONES[h]} hundred${r ? ` ${rest}` : ""}` : rest;
}
function toWords(n: bigint): string {
  if (n === 0n) return "zero";
  const parts: string[] = [];
  for (let i = 0; n > 0n; i++, n /= 1000n) if (n % 1000n) parts.unshift(below1000(Number(n % 1000n)) + SCALES[i]);
  return parts.join(" ");
}

describe("other invariants", () => {
  test("numwordsen reads back any integer written in English words", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (n) => {
        expect(wordsToInteger(toWords(n))).toBe(n);
      }),
      RUNS,
    );
  });

  test("firstInvalidUtf8 agrees with a fatal streaming TextDecoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let decoderAccepts = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
        } catch {
          decoderAccepts = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(decoderAccepts);
      }),
      RUNS,
    );
  });

  test("LineIndex over arbitrary chunking matches counting newlines", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "\n", "é") })), fc.nat(), (chunks, pick) => {
        const index = new LineIndex();
        for (const c of chunks) index.append(c);
        const text = chunks.join("");
        const offset = text.length === 0 ? 0 : pick % text.length;
        expect(index.lineAt(offset)).toBe(text.slice(0, offset).split("\n").length);
      }),
      RUNS,
    );
  });
});
