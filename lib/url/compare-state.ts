import { z } from "zod";
import { METRIC_IDS } from "../domain/metrics";
import { isoDateSchema } from "../schemas/iso-date";
import {
  type CompareState,
  DEFAULT_COMPARE_STATE,
  LENSES,
  MAX_COMPANIES,
  RANGE_PRESETS,
  type TimeRange,
} from "./compare-state-core";

export * from "./compare-state-core";

/** The one parser of /compare (and /api/v1/series) query strings: lenient per field, with notices. */
const isoDate = isoDateSchema;
const ticker = z.string().regex(/^[A-Z][A-Z0-9.]{0,9}$/);

const fields = {
  companies: z
    .string()
    .transform((s) =>
      s
        .split("~")
        .map((t) => t.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(ticker).min(1).max(MAX_COMPANIES))
    .transform((list) => [...new Set(list)]),
  metric: z.enum(METRIC_IDS),
  vs: z.enum(METRIC_IDS),
  lens: z.enum(LENSES),
  index: isoDate,
  scale: z.enum(["linear", "log"]),
  time: z.union([
    z.enum(RANGE_PRESETS).transform((preset): TimeRange => ({ preset })),
    z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2}|earliest)\.\.(\d{4}-\d{2}-\d{2}|latest)$/)
      .transform((s): TimeRange => {
        const [from, to] = s.split("..");
        return { from: from === "earliest" ? null : from, to: to === "latest" ? null : to };
      })
      .refine(
        (r) =>
          "from" in r &&
          (r.from === null || isoDate.safeParse(r.from).success) &&
          (r.to === null || isoDate.safeParse(r.to).success),
      )
      .refine((r) => !("from" in r) || r.from === null || r.to === null || r.from <= r.to),
  ]),
  cadence: z.enum(["monthly", "quarterly"]),
  view: z.enum(["time", "trajectory"]),
  usd: z.enum(["1", "0"]).transform((v) => v === "1"),
  events: z.enum(["1", "0"]).transform((v) => v === "1"),
  filings: z.enum(["1", "0"]).transform((v) => v === "1"),
} satisfies { [K in keyof CompareState]: z.ZodType<CompareState[K], string> };

export type RawQuery = Record<string, string | string[] | undefined> | URLSearchParams;

/** Query string → state. Unknown parameters are ignored; invalid values fall back to defaults, with a notice. */
export function parseCompareState(raw: RawQuery): { state: CompareState; notices: string[] } {
  const get = (k: string) => {
    const v = raw instanceof URLSearchParams ? raw.get(k) : raw[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const state: CompareState = { ...DEFAULT_COMPARE_STATE };
  const notices: string[] = [];
  for (const key of Object.keys(fields) as (keyof CompareState)[]) {
    const value = get(key);
    if (value === undefined || value === "") continue;
    const parsed = fields[key].safeParse(value);
    if (parsed.success) (state as unknown as Record<string, unknown>)[key] = parsed.data;
    else notices.push(`Ignored ${key}="${value.slice(0, 60)}": ${HINTS[key]}.`);
  }
  if (state.vs === state.metric) state.vs = null;
  return { state, notices };
}

const HINTS: Record<keyof CompareState, string> = {
  companies: `use up to ${MAX_COMPANIES} tickers separated by ~`,
  metric: "not a metric",
  vs: "not a metric",
  lens: `use ${LENSES.join(", ")}`,
  index: "use a date as YYYY-MM-DD",
  scale: "use linear or log",
  time: "use 1y, 2y, 2023, all or FROM..TO (dates, earliest, latest)",
  cadence: "use monthly or quarterly",
  view: "use time or trajectory",
  usd: "use 1 or 0",
  events: "use 1 or 0",
  filings: "use 1 or 0",
};

/** Every view-state parameter name, from the same definitions the parser uses (the API's strict list). */
export const COMPARE_STATE_KEYS = Object.keys(fields) as (keyof CompareState)[];
