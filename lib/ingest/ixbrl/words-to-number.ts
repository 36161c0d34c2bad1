/**
 * English number words → integer, as the SEC registry's ixt-sec:numwordsen defines them: short-scale
 * words up to quintillions, "and" allowed inside hundreds and before the last sub-hundred group, commas
 * allowed after a scale word (the 1000-group separator), hyphen or space between tens and units. No
 * fractions. "no", "none" and "zero" alone mean 0. Matching is case-insensitive (the SEC pattern only
 * lets the first letter vary; we accept any case, which is a superset).
 */

// Index = value, so UNITS.indexOf(word) is the number.
const UNITS = [
  ...["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  ...["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
];
// Maps, not object literals: a token such as "constructor" must not hit Object.prototype.
const TENS = new Map(
  ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((w, i) => [w, 20 + 10 * i]),
);
const SCALES = new Map(
  ["thousand", "million", "billion", "trillion", "quadrillion", "quintillion"].map((w, i) => [
    w,
    10n ** BigInt(3 * (i + 1)),
  ]),
);
/** The dashes the SEC conformance suite accepts between tens and units ("fifty–one"). */
const DASHES = new Set("-\u058A\u05BE\u2010\u2011\u2012\u2013\u2014\u2015\uFE58\uFE63\uFF0D");
const XML_SPACE = new Set([" ", "\t", "\n", "\r"]);

const unitValue = (token: string | undefined, max: number): number | null => {
  const n = token === undefined ? -1 : UNITS.indexOf(token);
  return n >= 1 && n <= max ? n : null;
};

/** Splits on XML whitespace and NBSP (allowed between words, not around the value) and isolates , and dashes. */
export function tokenizeWords(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  const flush = () => {
    if (word) tokens.push(word.toLowerCase());
    word = "";
  };
  for (const ch of text) {
    if (XML_SPACE.has(ch) || ch === "\u00A0") flush();
    else if (ch === ",") {
      flush();
      tokens.push(",");
    } else if (DASHES.has(ch)) {
      flush();
      tokens.push("-");
    } else word += ch;
  }
  flush();
  return tokens;
}

class WordsParser {
  private pos = 0;
  constructor(private readonly tokens: readonly string[]) {}

  private peek(offset = 0): string | undefined {
    return this.tokens[this.pos + offset];
  }

  /** 1–99: a unit word, or a tens word optionally followed by (dash|space) and a unit 1–9. */
  private sub100(): number | null {
    const tens = TENS.get(this.peek() ?? "");
    if (tens !== undefined) {
      this.pos++;
      if (this.peek() === "-") {
        const unit = unitValue(this.peek(1), 9);
        if (unit === null) return null;
        this.pos += 2;
        return tens + unit;
      }
      const unit = unitValue(this.peek(), 9);
      if (unit !== null) this.pos++;
      return tens + (unit ?? 0);
    }
    const unit = unitValue(this.peek(), 19);
    if (unit !== null) this.pos++;
    return unit;
  }

  /** 1–999: "<unit> hundred [[and] <sub100>]" or a sub100. */
  private group(): number | null {
    const unit = unitValue(this.peek(), 19);
    if (unit === null || this.peek(1) !== "hundred") return this.sub100();
    this.pos += 2;
    if (this.peek() === "and") {
      this.pos++;
      const rest = this.sub100();
      return rest === null ? null : unit * 100 + rest;
    }
    return unit * 100 + (this.sub100() ?? 0);
  }

  parse(): bigint | null {
    let total = 0n;
    let lastScale: bigint | null = null;
    while (this.pos < this.tokens.length) {
      const afterAnd = lastScale !== null && this.peek() === "and";
      if (afterAnd) this.pos++;
      const start = this.pos;
      const group = afterAnd ? this.sub100() : this.group();
      if (group === null || this.pos === start) return null;
      const scale = SCALES.get(this.peek() ?? "");
      if (scale === undefined) {
        // A group without a scale word must be the last thing in the phrase.
        return this.pos === this.tokens.length ? total + BigInt(group) : null;
      }
      if (afterAnd || (lastScale !== null && scale >= lastScale)) return null;
      total += BigInt(group) * scale;
      lastScale = scale;
      this.pos++;
      if (this.peek() === ",") {
        this.pos++;
        if (this.pos === this.tokens.length) return null;
      }
    }
    return lastScale === null ? null : total;
  }
}

/** Integer value of number words, or null when the text is not a numwordsen phrase. */
export function wordsToInteger(text: string): bigint | null {
  const trimmed = text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, "");
  // XML whitespace trimming only: a leading/trailing NBSP is invalid per the SEC conformance suite.
  if (trimmed === "" || trimmed.startsWith("\u00A0") || trimmed.endsWith("\u00A0")) return null;
  const tokens = tokenizeWords(trimmed);
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && (tokens[0] === "zero" || tokens[0] === "no" || tokens[0] === "none")) return 0n;
  return new WordsParser(tokens).parse();
}
