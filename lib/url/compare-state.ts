import { z } from "zod";
import { METRIC_IDS, type MetricId } from "../domain/metrics";
import { isoDateSchema } from "../schemas/iso-date";

/**
 * The whole /compare view as data. One schema parses the query string (leniently: a bad value falls back to
 * its default with a notice) and one function writes it (compactly: only values that differ from defaults).
 */
export const LENSES = ["absolute", "peak", "index", "change"] as const;
export type Lens = (typeof LENSES)[number];
export const RANGE_PRESETS = ["1y", "2y", "2023", "all"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export type TimeRange = { preset: RangePreset } | { from: string | null; to: string | null };

export interface CompareState {
  companies: string[];
  metric: MetricId;
  /** Optional second metric, drawn on the right axis. */
  vs: MetricId | null;
  lens: Lens;
  /** Base date of the index lens; null = the start of the range. */
  index: string | null;
  scale: "linear" | "log";
  time: TimeRange;
  cadence: "monthly" | "quarterly";
  view: "time" | "trajectory";
  /** BTC held valued at the cited BTC price of each date. */
  usd: boolean;
  events: boolean;
}

export const DEFAULT_COMPARE_STATE: CompareState = {
  companies: ["MARA", "RIOT", "CLSK", "HUT"],
  metric: "btc_held",
  vs: null,
  lens: "absolute",
  index: null,
  scale: "linear",
  time: { preset: "all" },
  cadence: "monthly",
  view: "time",
  usd: false,
  events: true,
};

export const MAX_COMPANIES = 12;
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
};

function formatTime(t: TimeRange): string {
  return "preset" in t ? t.preset : `${t.from ?? "earliest"}..${t.to ?? "latest"}`;
}

/** State → query string, only what differs from the defaults, in a fixed order so links are stable. */
export function serializeCompareState(state: CompareState): string {
  const d = DEFAULT_COMPARE_STATE;
  const q: [string, string][] = [];
  if (state.companies.join("~") !== d.companies.join("~")) q.push(["companies", state.companies.join("~")]);
  if (state.metric !== d.metric) q.push(["metric", state.metric]);
  if (state.vs) q.push(["vs", state.vs]);
  if (state.lens !== d.lens) q.push(["lens", state.lens]);
  if (state.index) q.push(["index", state.index]);
  if (state.scale !== d.scale) q.push(["scale", state.scale]);
  if (formatTime(state.time) !== formatTime(d.time)) q.push(["time", formatTime(state.time)]);
  if (state.cadence !== d.cadence) q.push(["cadence", state.cadence]);
  if (state.view !== d.view) q.push(["view", state.view]);
  if (state.usd !== d.usd) q.push(["usd", state.usd ? "1" : "0"]);
  if (state.events !== d.events) q.push(["events", state.events ? "1" : "0"]);
  // "~" is left unescaped: it is URL-safe and keeps ticker lists readable.
  return q.map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll("%7E", "~")}`).join("&");
}

export function compareHref(state: CompareState, base = "/compare"): string {
  const q = serializeCompareState(state);
  return q ? `${base}?${q}` : base;
}
