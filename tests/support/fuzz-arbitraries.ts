import fc from "fast-check";
import { COMMITMENT_METRICS, METRIC_IDS } from "@/lib/domain/metrics";
import { OVERVIEW_SORT_KEYS } from "@/lib/schemas/overview-params";
import { LENSES, RANGE_PRESETS } from "@/lib/url/compare-state";

/**
 * fast-check arbitraries for fuzzing the routes' URLs: query strings built from the real schemas (valid values,
 * near misses, wrong types), arbitrary unicode, very long values, repeated keys and percent-encoding edge cases,
 * each written with one of several encodings; and path segments for the /companies/<x>-style routes.
 */

export const SEEDED_TICKERS = ["CIFR", "MARA", "RIOT", "CORZ", "IREN", "WULF", "HUT", "CLSK", "BITF"] as const;

/** Already-encoded fragments that stress percent-decoding: invalid, truncated, overlong, surrogate, NUL, CRLF. */
export const PERCENT_EDGES = [
  "%",
  "%%",
  "%Z",
  "%ZZ",
  "%0",
  "%00",
  "%0A",
  "%0D%0A",
  "%20",
  "%25",
  "%2525",
  "%252",
  "%2B",
  "+",
  "%7E",
  "%7e",
  "~",
  "%C0%AF",
  "%C0%80",
  "%ED%A0%80",
  "%F4%90%80%80",
  "%FF",
  "%FE%FF",
  "%E2%82",
  "%E2%82%AC",
  "%F0%9F%92%A9",
  "%u0041",
  "%26",
  "%3D",
  "%23",
  "%3F",
  "%2F",
  "%5C",
  "%3C%2Fscript%3E",
  "%22",
  "%27",
  "%60",
  "%E2%80%AE",
  "%EF%BB%BF",
] as const;

const UNRESERVED = /[A-Za-z0-9\-_.~]/;
const utf8 = new TextEncoder();

/** Percent-encodes every byte of the UTF-8 form except unreserved characters (lone surrogates become U+FFFD). */
export function percentEncode(s: string, opts: { all?: boolean; lower?: boolean } = {}): string {
  let out = "";
  for (const byte of utf8.encode(s)) {
    const ch = String.fromCharCode(byte);
    if (!opts.all && byte < 0x80 && UNRESERVED.test(ch)) out += ch;
    else {
      const hex = byte.toString(16).toUpperCase().padStart(2, "0");
      out += `%${opts.lower ? hex.toLowerCase() : hex}`;
    }
  }
  return out;
}

export type Encoding = "component" | "raw" | "plus" | "double" | "lower" | "all" | "edge";

/** Writes a key or value into a URL with the given encoding. "raw" leaves everything but "#" as typed. */
export function encodeAs(s: string, enc: Encoding): string {
  switch (enc) {
    case "component":
      return percentEncode(s);
    case "raw":
      return s.replaceAll("#", "%23");
    case "plus":
      return percentEncode(s).replaceAll("%20", "+");
    case "double":
      return percentEncode(percentEncode(s));
    case "lower":
      return percentEncode(s, { lower: true });
    case "all":
      return percentEncode(s, { all: true });
    case "edge":
      return s;
  }
}

const encodingArb: fc.Arbitrary<Exclude<Encoding, "edge">> = fc.constantFrom(
  "component",
  "component",
  "component",
  "raw",
  "raw",
  "plus",
  "double",
  "lower",
  "all",
);

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

/** Free text: ASCII, unicode graphemes, raw UTF-16 (lone surrogates included). */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme-ascii", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("", " ", "\t", "\n", "\u0000", "null", "undefined", "[]", "{}", "<script>alert(1)</script>"),
);

/** Very long values, sized so that a whole request line stays under Node's 16 KiB header limit. */
export const longArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom("A", "RIOT~", "9", "-", "~", ".."), fc.integer({ min: 500, max: 3500 }))
    .map(([u, n]) => repeat(u, n)),
  fc
    .tuple(fc.constantFrom("é", "💩", "\u202E", "\uFEFF"), fc.integer({ min: 100, max: 400 }))
    .map(([u, n]) => repeat(u, n)),
);

/** Already-encoded edge sequences (inserted into the URL as they are). */
export const edgeArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...PERCENT_EDGES), fc.constantFrom("RIOT", "2024-01-31", "a", "1")), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(""));

const upperTickerArb = fc.stringMatching(/^[A-Z][A-Z0-9.]{0,9}$/);
export const tickerishArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEEDED_TICKERS) },
  { weight: 2, arbitrary: fc.constantFrom(...SEEDED_TICKERS).map((t) => t.toLowerCase()) },
  { weight: 2, arbitrary: upperTickerArb },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9.\- ]{1,14}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      " RIOT ",
      "RIOT.",
      "R.I.O.T",
      "1RIOT",
      "RIOTRIOTRIOT",
      "ABCDEFGHIJK",
      "Ｒ",
      "ＲＩＯＴ",
      "rıot",
      "RİOT",
      "RIOT\u0000",
      "RIOT\u200B",
    ),
  },
  { weight: 1, arbitrary: textArb },
);

const SEPARATORS = ["~", "~", "~", "~ ", " ~", "~~", ",", "%7E", "|", ""];
export const companiesArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 5, arbitrary: fc.tuple(fc.array(tickerishArb, { maxLength: 14 }), fc.constantFrom(...SEPARATORS)) },
    // 50 tickers: past the maximum of 12.
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(upperTickerArb, { minLength: 50, maxLength: 50 }), fc.constant("~")),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.array(fc.constantFrom(...SEEDED_TICKERS), { minLength: 12, maxLength: 40 }),
        fc.constantFrom("~", "~~"),
      ),
    },
  )
  .map(([list, sep]) => list.join(sep));

const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
export const dateishArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9999 }), twoDigits, twoDigits)
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${m}-${d}`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "2024-13-01",
      "0000-00-00",
      "0000-01-01",
      "9999-12-31",
      "2024-02-30",
      "2023-02-29",
      "2024-02-29",
      "2024-00-10",
      "2024-1-1",
      "24-01-01",
      "-2024-01-01",
      "+02024-01-01",
      "2024-01-01T00:00:00Z",
      "2024/01/01",
      "2024-01-31 ",
      "２０２４-０１-３１",
    ),
  },
  { weight: 1, arbitrary: textArb },
);

const nearMiss = (values: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => v.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => ` ${v}`) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => `${v}x`) },
    { weight: 1, arbitrary: textArb },
  );

export const numberishArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    "-1",
    "-0",
    "0",
    "1",
    "2",
    "01",
    "1.0",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "0x10",
    "1_000",
    "true",
  ),
);

const timeArb = fc.oneof(
  { weight: 2, arbitrary: nearMiss(RANGE_PRESETS) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.oneof(dateishArb, fc.constantFrom("earliest", "latest", "")),
        fc.constantFrom("..", "..", "...", ".", "--", "~"),
        fc.oneof(dateishArb, fc.constantFrom("latest", "earliest", "")),
      )
      .map(([a, sep, b]) => `${a}${sep}${b}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("2024-13-01..latest", "latest..earliest", "2023..2024", "..", "2025-01-01..2024-01-01"),
  },
);

/** Values built from the real schemas, per parameter name. */
export const VALUE_ARBS: Record<string, fc.Arbitrary<string>> = {
  companies: companiesArb,
  metric: nearMiss(METRIC_IDS),
  vs: nearMiss(METRIC_IDS),
  lens: nearMiss([...LENSES, "lens"]),
  index: dateishArb,
  scale: nearMiss(["linear", "log", "exp"]),
  time: timeArb,
  cadence: nearMiss(["monthly", "quarterly", "weekly"]),
  view: nearMiss(["time", "trajectory", "table"]),
  usd: fc.oneof(nearMiss(["1", "0"]), numberishArb),
  events: fc.oneof(nearMiss(["1", "0"]), numberishArb),
  format: nearMiss(["json", "csv", "xml", "csv,json"]),
  sort: nearMiss(OVERVIEW_SORT_KEYS),
  dir: nearMiss(["asc", "desc"]),
  commitment: nearMiss([...COMMITMENT_METRICS, ...METRIC_IDS]),
};
const ALL_KEYS = Object.keys(VALUE_ARBS);
const SPECIAL_KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "prototype",
  "then",
  "valueOf",
  "companies[]",
  "format[]",
  "a[b]",
  "",
  " ",
  "utm_source",
  "_rsc",
  "__nextDataReq",
  "__nextLocale",
  // Next.js strips query keys with these prefixes before a route handler or page sees them.
  "nxtPticker",
  "nxtPlens",
  "nxtIx",
  "nxtP",
] as const;

const valueFor = (key: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: Object.hasOwn(VALUE_ARBS, key) ? VALUE_ARBS[key] : textArb },
    { weight: 1, arbitrary: numberishArb },
    { weight: 1, arbitrary: textArb },
    { weight: 1, arbitrary: longArb },
  );

export interface QueryPair {
  key: string;
  value: string;
  /** How the pair is written: k=v, a bare key, k= (empty), =v (no key). */
  form: "kv" | "k" | "k=" | "=v";
  keyEnc: Encoding;
  valueEnc: Encoding;
}

const pairArb = (keys: readonly string[]): fc.Arbitrary<QueryPair> =>
  fc
    .oneof(
      { weight: 8, arbitrary: fc.constantFrom(...keys) },
      { weight: 2, arbitrary: fc.constantFrom(...ALL_KEYS) },
      { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) },
      { weight: 1, arbitrary: textArb },
    )
    .chain((key) =>
      fc.record({
        key: fc.constant(key),
        value: fc.oneof(
          { weight: 9, arbitrary: fc.record({ text: valueFor(key), enc: encodingArb as fc.Arbitrary<Encoding> }) },
          // Already-encoded edge sequences go into the URL as they are.
          { weight: 1, arbitrary: fc.record({ text: edgeArb, enc: fc.constant<Encoding>("edge") }) },
        ),
        form: fc.constantFrom<QueryPair["form"]>("kv", "kv", "kv", "kv", "kv", "kv", "kv", "k", "k=", "=v"),
        keyEnc: encodingArb,
      }),
    )
    .map(({ key, value, form, keyEnc }) => ({ key, value: value.text, form, keyEnc, valueEnc: value.enc }));

/** A query string (without "?") for a route with these parameter names; repeated keys are common. */
export const queryArb = (keys: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(pairArb(keys), { maxLength: 7 }),
      fc.nat({ max: 3 }),
      fc.constantFrom("&", "&", "&", "&", "&&", "&amp;"),
    )
    .map(([pairs, repeats, sep]) => {
      // Repeat the first pairs: ?lens=peak&lens=index (the API refuses, pages take the first).
      const all = [...pairs, ...pairs.slice(0, repeats)];
      let parts = all.map(writePair);
      // Keep the whole request line under Node's 16 KiB header limit (a 431 from the HTTP server is tested apart).
      while (parts.join(sep).length > 12_000) parts = parts.slice(0, -1);
      return parts.join(sep);
    });

function writePair(p: QueryPair): string {
  const k = encodeAs(p.key, p.keyEnc);
  const v = encodeAs(p.value, p.valueEnc);
  switch (p.form) {
    case "kv":
      return `${k}=${v}`;
    case "k":
      return k;
    case "k=":
      return `${k}=`;
    case "=v":
      return `=${v}`;
  }
}

/** A path segment for /companies/<x>, /embed/companies/<x>, /api/v1/companies/<x>, already encoded. */
export const segmentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(tickerishArb, encodingArb).map(([t, e]) => encodeSegment(t, e)) },
  { weight: 2, arbitrary: fc.tuple(textArb, encodingArb).map(([t, e]) => encodeSegment(t, e)) },
  { weight: 1, arbitrary: fc.tuple(longArb, encodingArb).map(([t, e]) => encodeSegment(t.slice(0, 1500), e)) },
  { weight: 2, arbitrary: edgeArb.map((s) => s.replaceAll("/", "%2F")) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "%52IOT",
      "%2552IOT",
      "riot%00",
      "RIOT%20",
      "%20RIOT",
      "RIOT%2F",
      "%2FRIOT",
      "RIOT%5C",
      "RIOT;jsessionid=1",
      "RIOT%3Bx",
      "RIOT.json",
      "RIOT%E2%80%8B",
      "%EF%BC%B2IOT",
      "R%C4%B0OT",
      "RIOT%23x",
      "RIOT%3Fformat=csv",
      "..%2F..%2Fetc%2Fpasswd",
      "%2E%2E%2F",
      "%C0%AE%C0%AE",
      "-1",
      "0",
      "null",
      "undefined",
      "constructor",
      "__proto__",
    ),
  },
);

function encodeSegment(s: string, enc: Exclude<Encoding, "edge">): string {
  // A raw "/", "?", "#" or "\" would change the route itself; those are always encoded in segments.
  const out = encodeAs(s, enc);
  return enc === "raw" ? out.replace(/[/?#\\]/g, (c) => percentEncode(c, { all: true })) : out;
}

/** WHATWG URL treats these as "." / ".." and resolves them away; they are tested apart, not fuzzed. */
export function isDotSegment(segment: string): boolean {
  return /^(?:\.|%2e){1,2}$/i.test(segment) || segment === "";
}

const realDateArb = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/**
 * A view the strict API parse accepts: every parameter optional and valid (tickers may be untracked), written
 * with ordinary encoding and no repeats — the deep code paths (lenses, log scale, USD view, trajectory, ranges).
 */
export const validCompareQueryArb: fc.Arbitrary<string> = fc
  .record(
    {
      companies: fc
        .array(fc.oneof(fc.constantFrom(...SEEDED_TICKERS), upperTickerArb), { minLength: 1, maxLength: 12 })
        .map((l) => l.join("~")),
      metric: fc.constantFrom(...METRIC_IDS),
      vs: fc.constantFrom(...METRIC_IDS),
      lens: fc.constantFrom(...LENSES),
      index: fc.oneof(realDateArb("2019-01-01", "2026-12-31"), realDateArb("1900-01-01", "2100-12-31")),
      scale: fc.constantFrom("linear", "log"),
      time: fc.oneof(
        fc.constantFrom(...RANGE_PRESETS),
        fc
          .tuple(
            fc.option(realDateArb("2015-01-01", "2027-12-31"), { nil: "earliest" }),
            fc.option(realDateArb("2015-01-01", "2027-12-31"), { nil: "latest" }),
          )
          .map(([a, b]) => (a !== "earliest" && b !== "latest" && a > b ? `${b}..${a}` : `${a}..${b}`)),
      ),
      cadence: fc.constantFrom("monthly", "quarterly"),
      view: fc.constantFrom("time", "trajectory"),
      usd: fc.constantFrom("1", "0"),
      events: fc.constantFrom("1", "0"),
      format: fc.constantFrom("json", "csv"),
    },
    { requiredKeys: [] },
  )
  .map((r) =>
    Object.entries(r)
      .map(([k, v]) => `${k}=${encodeURIComponent(v as string).replaceAll("%7E", "~")}`)
      .join("&"),
  );
