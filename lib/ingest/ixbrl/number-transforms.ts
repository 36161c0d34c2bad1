import { TR1_NON_NUMERIC, TR2_NON_NUMERIC, TR3_NON_NUMERIC, TR4_NON_NUMERIC, TR5_NON_NUMERIC } from "./format-names";
import {
  APOSTROPHES,
  parseGroupedDecimal,
  parseIndianDecimal,
  parseNumComma,
  parseNumDash,
  parseUnitDecimal,
  parseZeroDash,
} from "./numeric-lexical";
import { type NumericTransform, SEC_NON_NUMERIC_TRANSFORMS, SEC_NUMERIC_TRANSFORMS } from "./sec-transforms";

export type { NumericTransform };

interface Registry {
  numeric: Readonly<Record<string, NumericTransform>>;
  other: ReadonlySet<string>;
}

const NBSP = "\u00A0";
const dotGrouped = (groupSeparators: string, integerOptional = false): NumericTransform => {
  return (t) => parseGroupedDecimal(t, { decimal: ".", groupSeparators, integerOptional });
};
const commaGrouped = (groupSeparators: string, integerOptional = false): NumericTransform => {
  return (t) => parseGroupedDecimal(t, { decimal: ",", groupSeparators, integerOptional });
};

/** TR1 (2010-04-20): fixed separator per transform, and the separator is mandatory between groups. */
const TR1: Registry = {
  numeric: {
    numcommadot: (t) => parseGroupedDecimal(t, { decimal: ".", groupSeparators: ",", separatorRequired: true }),
    numspacedot: (t) => parseGroupedDecimal(t, { decimal: ".", groupSeparators: ` ${NBSP}`, separatorRequired: true }),
    numdotcomma: (t) => parseGroupedDecimal(t, { decimal: ",", groupSeparators: ".", separatorRequired: true }),
    numspacecomma: (t) =>
      parseGroupedDecimal(t, { decimal: ",", groupSeparators: ` ${NBSP}`, separatorRequired: true }),
    numcomma: parseNumComma,
    numdash: parseNumDash,
  },
  other: new Set(TR1_NON_NUMERIC),
};

/** TR2 (2011-07-31): comma/space/NBSP (or dot/space/NBSP) optional group separators. */
const TR2_NUMERIC: Record<string, NumericTransform> = {
  numdotdecimal: dotGrouped(`, ${NBSP}`),
  numcommadecimal: commaGrouped(`. ${NBSP}`),
  numunitdecimal: (t) => parseUnitDecimal(t, "tr2"),
  zerodash: parseZeroDash,
};
const TR2: Registry = { numeric: TR2_NUMERIC, other: new Set(TR2_NON_NUMERIC) };

/** TR3 (2015-02-26) = TR2 + Indian-grouping forms. */
const TR3: Registry = {
  numeric: {
    ...TR2_NUMERIC,
    numdotdecimalin: parseIndianDecimal,
    numunitdecimalin: (t) => parseUnitDecimal(t, "indian"),
  },
  other: new Set(TR3_NON_NUMERIC),
};

/**
 * TR4 (2020-02-12) renames to hyphenated names, drops zerodash for fixed-zero (any content → 0) and makes
 * the integer part optional when a fraction is present (".5").
 */
const TR4_NUMERIC: Record<string, NumericTransform> = {
  "num-dot-decimal": dotGrouped(`, ${NBSP}`, true),
  "num-comma-decimal": commaGrouped(`. ${NBSP}`, true),
  "num-unit-decimal": (t) => parseUnitDecimal(t, "tr4"),
  numdotdecimalin: parseIndianDecimal,
  "fixed-zero": () => "0",
};
const TR4: Registry = { numeric: TR4_NUMERIC, other: new Set(TR4_NON_NUMERIC) };

/** TR5 (2022-02-16) = TR4 + apostrophe group separators (Swiss style 1'234.50). */
const TR5: Registry = {
  numeric: {
    ...TR4_NUMERIC,
    "num-dot-decimal-apos": dotGrouped(`, ${NBSP}${APOSTROPHES}`, true),
    "num-comma-decimal-apos": commaGrouped(`. ${NBSP}${APOSTROPHES}`, true),
    "num-unit-decimal-apos": (t) => parseUnitDecimal(t, "tr5-apos"),
  },
  other: new Set(TR5_NON_NUMERIC),
};

const SEC: Registry = { numeric: SEC_NUMERIC_TRANSFORMS, other: SEC_NON_NUMERIC_TRANSFORMS };

const REGISTRIES: ReadonlyMap<string, Registry> = new Map([
  ["http://www.xbrl.org/2008/inlineXBRL/transformation", TR1], // pre-REC namespace of TR1
  ["http://www.xbrl.org/inlineXBRL/transformation/2010-04-20", TR1],
  ["http://www.xbrl.org/inlineXBRL/transformation/2011-07-31", TR2],
  ["http://www.xbrl.org/inlineXBRL/transformation/2015-02-26", TR3],
  ["http://www.xbrl.org/inlineXBRL/transformation/2020-02-12", TR4],
  ["http://www.xbrl.org/inlineXBRL/transformation/2022-02-16", TR5],
  ["http://www.sec.gov/inlineXBRL/transformation/2015-08-31", SEC],
]);

export type FormatLookup =
  | { kind: "numeric"; transform: NumericTransform }
  | { kind: "non-numeric" }
  | { kind: "unknown"; reason: string };

/** Finds the transform for a format QName already resolved to (namespace, local name). */
export function lookupFormat(namespace: string | null, local: string): FormatLookup {
  if (namespace === null) return { kind: "unknown", reason: "its prefix is not bound to a namespace" };
  const registry = REGISTRIES.get(namespace);
  if (!registry) return { kind: "unknown", reason: `namespace ${namespace} is not a transformation registry` };
  const transform = Object.hasOwn(registry.numeric, local) ? registry.numeric[local] : undefined;
  if (transform) return { kind: "numeric", transform };
  if (registry.other.has(local)) return { kind: "non-numeric" };
  return { kind: "unknown", reason: `${local} is not in the registry ${namespace}` };
}
