/**
 * Exact decimal arithmetic on strings. Inline XBRL 1.1 §4.1.3 defines the fact value as the transformed
 * number times 10^scale; doing that with floats turns 1.1 × 10^6 into 1100000.0000000002, so the decimal
 * point is moved on the digit string and only the final result becomes a JS number.
 *
 * A "canonical decimal" here is: optional "-", integer digits without leading zeros (at least "0"),
 * optional "." + fraction digits without trailing zeros; zero is always "0".
 */

/** xs:integer lexical space (XML Schema Part 2 §3.3.13), surrounding whitespace allowed by collapse. */
const INTEGER = /^[ \t\n\r]*([+-]?)([0-9]+)[ \t\n\r]*$/;

/** Beyond this the result is 0 or Infinity as a double anyway; it also bounds the string we build. */
export const MAX_ABS_SCALE = 400;

/** Canonicalises digits with an optional decimal point (no sign, no separators). */
export function canonicalDecimal(unsigned: string, negative = false): string {
  const dot = unsigned.indexOf(".");
  const rawInt = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const rawFrac = dot < 0 ? "" : unsigned.slice(dot + 1);
  let i = 0;
  while (i < rawInt.length - 1 && rawInt[i] === "0") i++;
  const intPart = rawInt.slice(i) || "0";
  let j = rawFrac.length;
  while (j > 0 && rawFrac[j - 1] === "0") j--;
  const fracPart = rawFrac.slice(0, j);
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && body !== "0" ? `-${body}` : body;
}

/** Multiplies a canonical decimal by 10^scale by moving the decimal point. */
export function shiftDecimal(value: string, scale: number): string {
  const negative = value.startsWith("-");
  const unsigned = negative ? value.slice(1) : value;
  const dot = unsigned.indexOf(".");
  const intPart = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const digits = dot < 0 ? unsigned : intPart + unsigned.slice(dot + 1);
  const point = intPart.length + scale;
  let shifted: string;
  if (point <= 0) shifted = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) shifted = digits + "0".repeat(point - digits.length);
  else shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonicalDecimal(shifted, negative);
}

export function negateDecimal(value: string): string {
  if (value === "0") return value;
  return value.startsWith("-") ? value.slice(1) : `-${value}`;
}

/** Parses a `scale` attribute; null when it is not an xs:integer within ±MAX_ABS_SCALE. */
export function parseScale(raw: string): number | null {
  const match = INTEGER.exec(raw);
  if (!match) return null;
  const magnitude = Number(match[2]);
  if (magnitude > MAX_ABS_SCALE) return null;
  return match[1] === "-" ? -magnitude : magnitude;
}

/** Nearest double to the canonical decimal (Number() parsing is correctly rounded per ECMA-262). */
export function decimalToNumber(value: string): number {
  const n = Number(value);
  return Object.is(n, -0) ? 0 : n;
}
