import type { NumericTransform } from "./number-transforms";

/** Formats whose input is English words; their zero words are the only words we read beyond the registry. */
const WORD_FORMATS = new Set(["numwordsen", "durwordsen"]);
/** English ways of writing zero in running text; "nil" is common in filings but missing from numwordsen. */
const ZERO_WORDS = new Set(["nil", "none", "no", "zero"]);
/** Punctuation that running text leaves after a number ("1,503," before "and"). */
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

export interface Recovery {
  /** The transform's output for the repaired text. */
  transformed: string;
  /** What was repaired, in words, for the import report. */
  note: string;
}

/**
 * A second reading of fact text the format rejected, only where the intended number is unambiguous:
 * stray whitespace or trailing punctuation around an otherwise valid number, or an English zero word under
 * a words format. Anything else stays unreadable: guessing a number is worse than skipping the fact.
 */
export function recoverFactText(
  text: string,
  formatLocal: string | null,
  transform: NumericTransform,
): Recovery | null {
  const trimmed = text.trim();
  const stripped = trimmed.replace(TRAILING_PUNCTUATION, "");
  if (stripped !== "" && stripped !== text) {
    const transformed = transform(stripped);
    if (transformed !== null) {
      const removed = trimmed.slice(stripped.length);
      return {
        transformed,
        note: removed
          ? `read "${stripped}", ignoring the trailing "${removed}"`
          : `read "${stripped}", ignoring whitespace`,
      };
    }
  }
  if (formatLocal && WORD_FORMATS.has(formatLocal) && ZERO_WORDS.has(stripped.toLowerCase())) {
    return { transformed: "0", note: `read the word "${stripped}" as 0` };
  }
  return null;
}
