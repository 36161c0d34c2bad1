import type { MetricId } from "../domain/metrics";

/**
 * The whole /compare view as data, its defaults, and the one function that writes it to a query string
 * (compactly: only values that differ from defaults). Free of zod so client components can use it cheaply;
 * the parser lives in compare-state.ts.
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
  /** Only figures whose source is an SEC filing (and events cited to filings). */
  filings: boolean;
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
  filings: false,
};

export const MAX_COMPANIES = 12;

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
  if (state.filings !== d.filings) q.push(["filings", state.filings ? "1" : "0"]);
  // "~" is left unescaped: it is URL-safe and keeps ticker lists readable.
  return q.map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll("%7E", "~")}`).join("&");
}

export function compareHref(state: CompareState, base = "/compare"): string {
  const q = serializeCompareState(state);
  return q ? `${base}?${q}` : base;
}
