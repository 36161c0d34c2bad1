import { canonicalDecimal } from "./decimal-scale";
import { tokenizeWords, wordsToInteger } from "./words-to-number";

/**
 * The SEC's ixt-sec registry (http://www.sec.gov/inlineXBRL/transformation/2015-08-31), as far as it can
 * yield a number for ix:nonFraction. A transform returns a canonical decimal string, one of the xs:double
 * specials "INF" / "-INF" / "NaN", or null when the text is not in its input lexical space.
 */
export type NumericTransform = (text: string) => string | null;

/**
 * duryear/durmonth/durweek/durday/durhour take a decimal count of the unit and output an xs:duration.
 * A duration is not a number, so on a nonFraction we keep the count itself (1.5 for "1.5" years): that
 * is the only numeric reading the input has. The registry (like Arelle's reference implementation)
 * accepts a signed decimal.
 */
function durationCount(text: string): string | null {
  const m = /^[ \t\n\r]*([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t\n\r]*$/.exec(text);
  if (!m) return null;
  return canonicalDecimal(m[2].startsWith(".") ? `0${m[2]}` : m[2], m[1] === "-");
}

const DURATION_UNITS = new Map([
  ["year", 0],
  ["years", 0],
  ["month", 1],
  ["months", 1],
  ["day", 2],
  ["days", 2],
]);

/**
 * durwordsen: "<n> years[,] [and] <n> months[,] [and] <n> days", each part optional but in that order,
 * n in words (or 1–4 digits, "no", "zero"). Its output is an xs:duration such as P5Y; a nonFraction can
 * only take that as a number when exactly one unit is present ("five years" → 5). A mixed duration
 * ("two years and six months") has no single numeric value and is rejected.
 */
function durationWordsCount(text: string): string | null {
  const tokens = tokenizeWords(text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ""));
  const parts: string[] = [];
  let phrase: string[] = [];
  let lastUnit = -1;
  for (const token of tokens) {
    const unit = DURATION_UNITS.get(token);
    if (unit === undefined) {
      if (!(phrase.length === 0 && (token === "," || token === "and") && lastUnit >= 0)) phrase.push(token);
      continue;
    }
    if (unit <= lastUnit || phrase.length === 0) return null;
    const joined = phrase.join(" ");
    const value = /^[0-9]{1,4}$/.test(joined) ? BigInt(joined) : wordsToInteger(joined);
    if (value === null) return null;
    parts.push(value.toString());
    lastUnit = unit;
    phrase = [];
  }
  return phrase.length === 0 && parts.length === 1 ? parts[0] : null;
}

export const SEC_NUMERIC_TRANSFORMS: Readonly<Record<string, NumericTransform>> = {
  numwordsen: (text) => wordsToInteger(text)?.toString() ?? null,
  // numinf/numneginf/numnan ignore their input and emit xs:double specials.
  numinf: () => "INF",
  numneginf: () => "-INF",
  numnan: () => "NaN",
  duryear: durationCount,
  durmonth: durationCount,
  durweek: durationCount,
  durday: durationCount,
  durhour: durationCount,
  durwordsen: durationWordsCount,
};

/** ixt-sec transforms that exist but produce booleans, tokens or dates: "bad-format" on a nonFraction. */
export const SEC_NON_NUMERIC_TRANSFORMS: ReadonlySet<string> = new Set([
  "boolballotbox",
  "yesnoballotbox",
  "countrynameen",
  "stateprovnameen",
  "exchnameen",
  "edgarprovcountryen",
  "entityfilercategoryen",
  "datequarterend",
]);
