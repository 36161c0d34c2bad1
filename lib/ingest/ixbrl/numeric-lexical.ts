import { canonicalDecimal } from "./decimal-scale";

/**
 * Lexical checks for the Transformation Registry's numeric input types. Each parser validates the whole
 * fact text against the registry pattern and returns a canonical decimal string, or null when the text
 * is not in the lexical space (the caller reports "bad-format"). These regexes only ever see one fact's
 * text, never the document.
 */

const WS = "[ \\t\\n\\r]*"; // XML whitespace (S production); NBSP is *not* whitespace here.
const esc = (chars: string) => chars.replace(/[\]\\^-]/g, "\\$&");
/** Apostrophe-like group separators added by TR5's *-apos transforms. */
export const APOSTROPHES = "'`\u00B4\u2019\u2032\u02BC";

export interface GroupedDecimalSyntax {
  /** Decimal separator: "." or ",". */
  decimal: string;
  /** Characters allowed between 3-digit groups. */
  groupSeparators: string;
  /** TR1 numcommadot & co. require a separator between every group; TR2+ make it optional. */
  separatorRequired?: boolean;
  /** TR4 §num-dot-decimal: "the integer part is optional if the decimal separator and fraction are present". */
  integerOptional?: boolean;
}

const groupedCache = new Map<string, RegExp>();

function groupedPattern(syntax: GroupedDecimalSyntax): RegExp {
  const key = JSON.stringify(syntax);
  const cached = groupedCache.get(key);
  if (cached) return cached;
  const sep = `[${esc(syntax.groupSeparators)}]${syntax.separatorRequired ? "" : "?"}`;
  const dec = esc(syntax.decimal);
  const int = `[0-9]{1,3}(?:${sep}[0-9]{3})*`;
  const body = syntax.integerOptional
    ? `(?:(${int})(?:[${dec}]([0-9]+))?|[${dec}]([0-9]+))`
    : `(${int})(?:[${dec}]([0-9]+))?`;
  const re = new RegExp(`^${WS}${body}${WS}$`);
  groupedCache.set(key, re);
  return re;
}

const onlyDigits = (s: string) => {
  let out = "";
  for (const ch of s) if (ch >= "0" && ch <= "9") out += ch;
  return out;
};

/** num-dot-decimal, num-comma-decimal and their TR1–TR3 / TR5-apos relatives. */
export function parseGroupedDecimal(text: string, syntax: GroupedDecimalSyntax): string | null {
  const m = groupedPattern(syntax).exec(text);
  if (!m) return null;
  const int = m[1] === undefined ? "0" : onlyDigits(m[1]);
  const frac = m[2] ?? m[3] ?? "";
  return canonicalDecimal(frac ? `${int}.${frac}` : int);
}

/** TR1 numcomma: digits with an optional comma decimal separator and no grouping. */
export function parseNumComma(text: string): string | null {
  const m = new RegExp(`^${WS}([0-9]+)(?:,([0-9]+))?${WS}$`).exec(text);
  return m ? canonicalDecimal(m[2] ? `${m[1]}.${m[2]}` : m[1]) : null;
}

/** Content of an un-formatted ix:nonFraction: xs:decimal without a sign (sign comes from @sign). */
export function parsePlainDecimal(text: string): string | null {
  const m = /^[ \t\n\r]*([0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t\n\r]*$/.exec(text);
  return m ? canonicalDecimal(m[1].startsWith(".") ? `0${m[1]}` : m[1]) : null;
}

const DASH_CLASS = "-\u058A\u05BE\u2010\u2011\u2012\u2013\u2014\u2015\uFE58\uFE63\uFF0D";

/** TR2/TR3 zerodash: a single dash (any of the registry's dash characters) means zero. */
export function parseZeroDash(text: string): string | null {
  return new RegExp(`^${WS}[${esc(DASH_CLASS)}]${WS}$`).test(text) ? "0" : null;
}

/** TR1 numdash: only the ASCII hyphen-minus. */
export function parseNumDash(text: string): string | null {
  return new RegExp(`^${WS}-${WS}$`).test(text) ? "0" : null;
}

/** Maps full-width (U+FF10…) and Devanagari (U+0966…) digits to ASCII, as the registry's CJK/Indian forms allow. */
export function normalizeDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code >= 0x0966 && code <= 0x096f) out += String.fromCharCode(code - 0x0966 + 48);
    else out += ch;
  }
  return out;
}

const INDIAN_INT = "(?:[0-9]{1,2}[, \\u00A0])?(?:[0-9]{2}[, \\u00A0])*[0-9]{3}|[0-9]+";

/** TR3/TR4 numdotdecimalin: Indian lakh/crore grouping (1,23,45,678.90). */
export function parseIndianDecimal(text: string): string | null {
  const m = new RegExp(`^${WS}(${INDIAN_INT})(?:\\.([0-9]+))?${WS}$`).exec(normalizeDigits(text));
  if (!m) return null;
  const int = onlyDigits(m[1]);
  return canonicalDecimal(m[2] ? `${int}.${m[2]}` : int);
}

export type UnitDecimalVariant = "tr2" | "tr4" | "tr5-apos" | "indian";

/** num-unit-decimal: "major <unit words> minor [<unit words>]", minor is 1–2 digits (e.g. "5 dollars 7 cents" = 5.07). */
export function parseUnitDecimal(text: string, variant: UnitDecimalVariant): string | null {
  const seps = `.,\uFF0C\uFF0E${variant === "tr5-apos" ? `${APOSTROPHES}\uFF07` : ""}`;
  const major =
    variant === "indian"
      ? INDIAN_INT
      : variant === "tr2"
        ? `0|[1-9][0-9]{0,2}(?:[${esc(seps)}]?[0-9]{3})*`
        : `[0-9]{1,3}(?:[${esc(seps)}]?[0-9]{3})*`;
  // Between major and minor: TR2 forbids separators anywhere in the unit words, TR4+ only at their start.
  const unitText =
    variant === "indian" ? "[^0-9]+" : variant === "tr2" ? `[^0-9${esc(seps)}]+` : `[^0-9${esc(seps)}][^0-9]*`;
  const tail = variant === "tr2" ? `[^0-9${esc(seps)}]*` : "[^0-9]*";
  const m = new RegExp(`^(${major})${unitText}([0-9]{1,2})${tail}$`).exec(normalizeDigits(text));
  if (!m) return null;
  return canonicalDecimal(`${onlyDigits(m[1])}.${m[2].padStart(2, "0")}`);
}
