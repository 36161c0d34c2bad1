import { decimalToNumber, MAX_ABS_SCALE, negateDecimal, parseScale, shiftDecimal } from "./decimal-scale";
import type { RawFact } from "./ixbrl-collector";
import { lookupFormat } from "./number-transforms";
import { parsePlainDecimal } from "./numeric-lexical";
import { recoverFactText } from "./recover-text";

export type ValueOutcome =
  | { ok: true; value: number | null; recovered?: string }
  | { ok: false; kind: "bad-format" | "unknown-format"; message: string };

const SPECIALS = new Map([
  ["INF", Number.POSITIVE_INFINITY],
  ["-INF", Number.NEGATIVE_INFINITY],
  ["NaN", Number.NaN],
]);

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
const bad = (message: string): ValueOutcome => ({ ok: false, kind: "bad-format", message });

/**
 * The value of an ix:nonFraction per Inline XBRL 1.1 §4.1.3/§4.1.4: apply the format transform to the
 * text, multiply by 10^scale, then negate when sign="-". xsi:nil facts have no value and ignore all three.
 */
export function factValue(fact: RawFact): ValueOutcome {
  if (fact.nil) return { ok: true, value: null };
  let transformed: string | null;
  let recovered: string | undefined;
  if (fact.format) {
    const { qname, namespace, local } = fact.format;
    const found = lookupFormat(namespace, local);
    if (found.kind === "unknown") {
      return { ok: false, kind: "unknown-format", message: `format ${qname} is unknown: ${found.reason}` };
    }
    if (found.kind === "non-numeric") return bad(`format ${qname} does not produce a number`);
    transformed = found.transform(fact.text);
    if (transformed === null) {
      // EDGAR accepts filings with stray punctuation in a fact; read it only where the number is unambiguous.
      const recovery = recoverFactText(fact.text, local, found.transform);
      if (!recovery) return bad(`text ${quote(fact.text)} is not valid input for format ${qname}`);
      transformed = recovery.transformed;
      recovered = `text ${quote(fact.text)} is not valid input for format ${qname}; ${recovery.note}`;
    }
  } else {
    // Without a format the content itself must be a (non-negative) xs:decimal; the sign lives in @sign.
    transformed = parsePlainDecimal(fact.text);
    if (transformed === null) return bad(`text ${quote(fact.text)} is not a plain decimal and no format is given`);
  }

  let negative = false;
  if (fact.sign !== null) {
    if (fact.sign !== "-") return bad(`sign ${quote(fact.sign)} is not "-" (the only value iXBRL allows)`);
    negative = true;
  }
  const special = SPECIALS.get(transformed);
  if (special !== undefined) return { ok: true, value: negative ? -special : special, recovered };

  let scale = 0;
  if (fact.scale !== null) {
    const parsed = parseScale(fact.scale);
    if (parsed === null) return bad(`scale ${quote(fact.scale)} is not an integer within ±${MAX_ABS_SCALE}`);
    scale = parsed;
  }
  const scaled = shiftDecimal(transformed, scale);
  return { ok: true, value: decimalToNumber(negative ? negateDecimal(scaled) : scaled), recovered };
}
