import { ChartFrame } from "@/components/charts/ChartFrame";
import type { CompareLine } from "@/components/charts/CompareChart";
import { LazyCompareChart, LazyTrajectoryChart } from "@/components/charts/lazy";
import { EventList } from "@/components/company/EventList";
import type { ExportSpec } from "@/components/export/export-spec";
import { eventShortLabel } from "@/lib/domain/event-labels";
import { getMetric } from "@/lib/domain/metrics";
import { toTime } from "@/lib/domain/periods";
import { seriesExportParts } from "@/lib/export/series-filename";
import { formatDate, formatLensValue, formatNumber, formatUsd, formatValue } from "@/lib/format";
import { seriesApiHref } from "@/lib/url/api-href";
import { compareHref } from "@/lib/url/compare-state";
import type { CompareView } from "@/lib/views/compare-view";
import { tierMix } from "@/lib/views/pivot-figure";
import { CompareDataTable } from "./CompareDataTable";

const LENS_TEXT = {
  absolute: "",
  peak: "as % of each company's own peak",
  index: "indexed to 100",
  change: "change from the previous period",
} as const;

/** The /compare figure: the time chart or the trajectory, its subtitle, source line, events and data table. */
export function CompareFigure({ view, embed = false }: { view: CompareView; embed?: boolean }) {
  const { state, series, axes } = view;
  const events = state.events ? view.events.map((e, i) => ({ ...e, number: i + 1 })) : [];
  const range =
    view.range.from || view.range.to
      ? `${view.range.from ? formatDate(view.range.from) : "first report"} to ${view.range.to ? formatDate(view.range.to) : "latest"}`
      : "all reported dates";
  const sources = series
    .flatMap((s) => s.points.flatMap((p) => [p.factKey, ...(p.derivedFrom ?? [])]))
    .filter((k): k is string => !!k)
    .map((k) => view.citations[k]?.source)
    .filter((s) => s !== undefined);
  const latest = sources
    .map((s) => s.date)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const usedPrices = [
    ...new Set(
      series.flatMap((s) => s.points.map((p) => p.priceRef)).filter((r): r is number => typeof r === "number"),
    ),
  ].map((r) => view.prices[r]);
  const title =
    state.view === "trajectory"
      ? "Pivot trajectory: BTC held vs AI/HPC contracts announced"
      : state.usd
        ? "Bitcoin treasury in USD vs announced AI/HPC contract value"
        : `${axes.left.label}${axes.right ? ` vs ${axes.right.label}` : ""}, by company`;
  const subtitle = [
    state.view === "time" && state.lens !== "absolute" ? LENS_TEXT[state.lens] : null,
    state.view === "time" ? `${state.cadence === "quarterly" ? "quarter ends" : "monthly / as reported"}` : null,
    range,
    state.view === "time" && state.scale === "log" ? "log scale" : null,
    axes.right ? "dashed lines: right axis" : null,
  ]
    .filter(Boolean)
    .join(" · ");

  // A series with nothing to draw has no legend entry; a company's second holdings basis is dotted.
  const lines: CompareLine[] = series
    .filter((s) => s.points.some((p) => p.value !== null))
    .map((s) => ({
      key: s.key,
      label: `${s.label} ${s.metric === "hpc_contract_value_usd" ? "contracts announced (not holdings)" : (getMetric(s.metric)?.shortLabel ?? "")}`,
      color: s.color,
      axis: s.axis,
      dash: s.axis === "right" ? "6 4" : s.label !== s.ticker ? "2 3" : undefined,
      points: s.points.map((p) => ({ t: p.t, value: p.value, derived: !!p.derivedFrom })),
    }));
  const notes: Record<string, string> = {};
  for (const s of series) {
    for (const p of s.points) {
      if (p.value === null) continue;
      const c = p.factKey ? view.citations[p.factKey] : undefined;
      const price = typeof p.priceRef === "number" ? view.prices[p.priceRef] : undefined;
      const raw =
        p.raw !== null && p.raw !== p.value
          ? ` (reported ${formatValue(p.raw, getMetric(s.metric)?.unit ?? "USD")})`
          : "";
      const what =
        price && p.raw !== null
          ? `${formatUsd(p.value)} = ${formatNumber(p.raw)} BTC × ${formatUsd(price.closeUsd)} (${price.source.kind})`
          : `${formatLensValue(p.value, s.axis === "right" && axes.right ? axes.right.unit : axes.left.unit)}${raw}`;
      notes[`${s.key}:${p.t}`] =
        `${what}${c && !c.derivation ? ` · ${c.source.kind}${c.source.date ? ` ${c.source.date}` : ""}` : p.derivation ? ` · derived: ${p.derivation}` : ""}`;
    }
  }
  const empty = series.every((s) => s.points.every((p) => p.value === null));
  const baseDates = series
    .filter((s) => s.baseDate !== undefined)
    .map((s) => `${s.ticker}: ${s.baseDate ? formatDate(s.baseDate) : "no value to index"}`);

  const sourceLine = `Sources: ${tierMix(sources) || "none"}${latest ? `, latest dated ${formatDate(latest)}` : ""}${
    usedPrices.length
      ? `; BTC prices: ${usedPrices.map((p) => `${p.date} ${formatUsd(p.closeUsd)} (${p.source.kind})`).join(", ")}`
      : ""
  }. MinerPivot.`;
  const compareProps = {
    title,
    lines,
    leftUnit: axes.left.unit,
    rightUnit: axes.right?.unit ?? null,
    rightLabel: state.usd ? "Contracts announced, not holdings" : undefined,
    scale: state.scale,
    markers: events.map((e) => ({
      t: toTime(e.date),
      kind: e.kind,
      label: e.ticker ? `${e.ticker}: ${eventShortLabel(e)}` : eventShortLabel(e),
    })),
    notes,
  };
  const permalinkPath = compareHref(state);
  const exportSpec: ExportSpec = {
    id: "compare-chart",
    figure: {
      title,
      subtitle,
      legend:
        state.view === "trajectory"
          ? view.trajectories.filter((t) => t.points.length).map((t) => ({ label: t.ticker, color: t.color }))
          : lines.map((l) => ({
              label: l.label + (l.axis === "right" ? " (right)" : ""),
              color: l.color,
              dashed: !!l.dash,
            })),
      sourceLine,
    },
    permalinkPath,
    embedPath: compareHref(state, "/embed/compare"),
    chart:
      state.view === "trajectory"
        ? { type: "trajectory", props: { title, series: view.trajectories } }
        : { type: "compare", props: compareProps },
    filename: seriesExportParts(view),
    csvHref: seriesApiHref(state, "csv"),
    jsonHref: seriesApiHref(state, "json"),
  };

  return (
    <ChartFrame
      id="compare-chart"
      title={title}
      subtitle={subtitle}
      source={sourceLine}
      dataTable={<CompareDataTable view={view} />}
      exportSpec={embed || (empty && state.view === "time") ? undefined : exportSpec}
    >
      <ul className="chart-legend" aria-label="Series">
        {lines.map((l) => (
          <li key={l.key}>
            <span
              className="swatch line"
              style={{
                background: l.dash
                  ? `repeating-linear-gradient(90deg, ${l.color} 0 ${l.axis === "right" ? 5 : 2}px, transparent ${l.axis === "right" ? 5 : 2}px ${l.axis === "right" ? 8 : 5}px)`
                  : l.color,
              }}
              aria-hidden="true"
            />
            {l.label}
            {l.axis === "right" ? " (right)" : ""}
          </li>
        ))}
      </ul>
      {baseDates.length ? <p className="small muted">Indexed to 100 at: {baseDates.join("; ")}.</p> : null}
      {state.usd ? (
        <p className="small muted">
          USD values use the cited BTC month-end close of the same date only; dates without a cited price are gaps.
        </p>
      ) : null}
      {state.view === "trajectory" ? (
        <>
          <LazyTrajectoryChart title={title} series={view.trajectories} />
          <p className="small muted">
            One point per reported BTC-held date; x is the running total of contracts announced by that date.{" "}
            {view.trajectories
              .filter((t) => t.omitted > 0)
              .map(
                (t) =>
                  `${t.ticker}: ${t.omitted} earlier holdings figures predate its first contract and are not drawn (they would all sit at $0); the path starts at the last one.`,
              )
              .join(" ")}{" "}
            No holdings series:{" "}
            {view.trajectories
              .filter((t) => t.points.length === 0)
              .map((t) => t.ticker)
              .join(", ") || "none"}
            .
          </p>
        </>
      ) : empty ? (
        <p className="notice" role="status">
          None of the selected companies reports this metric in the chosen range. Nothing is drawn rather than zeros.
        </p>
      ) : (
        <LazyCompareChart {...compareProps} />
      )}
      {events.length ? (
        <details className="data-table-toggle" open={!embed}>
          <summary>Events marked on the chart ({events.length})</summary>
          <EventList events={events} showTicker />
        </details>
      ) : null}
    </ChartFrame>
  );
}
