import { getMetric } from "../domain/metrics";
import type { AxisUnit } from "../format";
import type { CompareView } from "../views/compare-view";

/** One charted point with everything needed to check it: the CSV/JSON export and the API share this shape. */
export interface SeriesRow {
  company: string;
  metric: string;
  axis: "left" | "right";
  lens: string;
  period_end: string;
  period_type: string;
  value: number;
  unit: string;
  reported_value: number | null;
  reported_unit: string;
  /** Holdings: what the count includes (as-reported, excluding-collateral, …); as-reported otherwise. */
  basis: string;
  derivation: string;
  source_url: string;
  source_kind: string;
  source_date: string;
  btc_price_usd: number | null;
  btc_price_source_url: string;
  /** Trajectory view only: the x coordinate (announced contract value to date). */
  x_value: number | null;
  x_metric: string;
}

export const SERIES_ROW_COLUMNS: readonly (keyof SeriesRow)[] = [
  "company",
  "metric",
  "axis",
  "lens",
  "period_end",
  "period_type",
  "value",
  "unit",
  "reported_value",
  "reported_unit",
  "basis",
  "derivation",
  "source_url",
  "source_kind",
  "source_date",
  "btc_price_usd",
  "btc_price_source_url",
  "x_value",
  "x_metric",
];

/** Exactly the points the chart draws (gaps are not rows), each with its source or its derivation. */
export function buildSeriesRows(view: CompareView): SeriesRow[] {
  if (view.state.view === "trajectory") return buildTrajectoryRows(view);
  const events = new Map(view.events.map((e) => [`event:${e.id}`, e]));
  const allEvents = new Map(view.allEvents.map((e) => [`event:${e.id}`, e]));
  return view.series.flatMap((s) => {
    const axisUnit: AxisUnit = s.axis === "right" && view.axes.right ? view.axes.right.unit : view.axes.left.unit;
    const reportedUnit = getMetric(s.metric)?.unit ?? "";
    return s.points
      .filter((p) => p.value !== null)
      .map((p) => {
        const cited = p.factKey ? view.citations[p.factKey] : undefined;
        // A derived quarter cites its inputs, not itself.
        const c = cited?.derivation ? undefined : cited;
        const parts = (p.derivedFrom ?? [])
          .map((k) =>
            k.startsWith("event:") ? (events.get(k) ?? allEvents.get(k))?.source : view.citations[k]?.source,
          )
          .filter((x) => x !== undefined);
        const price = typeof p.priceRef === "number" ? view.prices[p.priceRef] : undefined;
        const sources = c ? [c.source] : parts;
        return {
          company: s.ticker,
          metric: s.metric,
          axis: s.axis,
          lens: view.state.lens,
          period_end: p.date,
          period_type:
            c?.periodType ?? (p.derivedFrom?.[0]?.startsWith("event:") ? "instant" : p.derivedFrom ? "quarter" : ""),
          value: p.value!,
          unit: price ? "USD" : axisUnit,
          reported_value: price ? (p.btc ?? null) : p.raw,
          reported_unit: reportedUnit,
          basis: s.basis,
          derivation: p.derivation ?? "",
          source_url: sources.map((x) => x.url).join(" | "),
          source_kind: sources.map((x) => x.kind).join(" | "),
          source_date: sources.map((x) => x.date ?? "").join(" | "),
          btc_price_usd: price?.closeUsd ?? null,
          btc_price_source_url: price?.source.url ?? "",
          x_value: null,
          x_metric: "",
        };
      });
  });
}

/** The pivot trajectory's points: BTC held (y) at each reported date, with the contract value announced by then (x). */
function buildTrajectoryRows(view: CompareView): SeriesRow[] {
  return view.trajectories.flatMap((t) =>
    t.points.map((p) => {
      const c = p.factKey ? view.citations[p.factKey] : undefined;
      return {
        company: t.ticker,
        metric: "btc_held",
        axis: "left" as const,
        lens: "absolute",
        period_end: p.date,
        period_type: c?.periodType ?? "",
        value: p.y,
        unit: "BTC",
        reported_value: p.y,
        reported_unit: "BTC",
        basis: "as-reported",
        derivation: "x: running total of announced contracts",
        source_url: c?.source.url ?? "",
        source_kind: c?.source.kind ?? "",
        source_date: c?.source.date ?? "",
        btc_price_usd: null,
        btc_price_source_url: "",
        x_value: p.x,
        x_metric: "hpc_contract_value_usd",
      };
    }),
  );
}
