"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatAxisNumber, formatNumber, formatUsd } from "@/lib/format";
import type { PivotQuarterMark, PivotQuarterRow } from "@/lib/views/pivot-figure";
import { ChartBox, type FixedSize } from "./ChartBox";
import { EVENT_COLORS, labelStack } from "./event-markers";

/** Colours by kind of mark and series; they mean the same thing in every figure. */
export const PIVOT_COLORS = {
  sold: EVENT_COLORS.btc_sale,
  mined: "var(--mark-mined)",
  proceeds: "var(--mark-proceeds)",
  spend: "var(--mark-spend)",
  revenue: "var(--mark-revenue)",
  contract: EVENT_COLORS.contract,
  commitment: "var(--mark-commit)",
  btc_sale: EVENT_COLORS.btc_sale,
} as const;

const LINE_H = 13;
/** Height of each panel's label; the export stacks exactly these. */
const PANEL_LABEL = 22;
/** Fixed axis widths in both panels, drawn or not, so a quarter sits at the same x in each. */
const LEFT_W = 58;
const RIGHT_W = 54;
const MAX_LINES = 4;

/**
 * The pivot, quarter by quarter, in two panels on one quarterly axis: the bitcoin treasury (BTC held, and BTC
 * sold per quarter; or mined against sold for companies that hold none) above the dollars (sale proceeds, AI/HPC
 * spending and HPC revenue per quarter; announced contract value to date and dated commitments on the right
 * axis). Every mark is labelled inside the figure; labels stack within the panel's top margin so none clips.
 */
export function PivotQuartersChart({
  title,
  color,
  rows,
  marks,
  treasuryMode,
  heldLabel,
  heldOtherLabel = null,
  spendLabel,
  notes,
  size,
}: {
  title: string;
  color: string;
  rows: PivotQuarterRow[];
  marks: PivotQuarterMark[];
  treasuryMode: "held" | "mined-vs-sold" | "none";
  heldLabel: string;
  heldOtherLabel?: string | null;
  spendLabel: string | null;
  /** Tooltip text per "series:quarter". */
  notes: Record<string, string>;
  size?: FixedSize;
}) {
  const treasuryMarks = marks.filter((m) => m.kind === "btc_sale");
  const dollarMarks = marks.filter((m) => m.kind !== "btc_sale");
  const treasuryLayout = layoutMarks(treasuryMarks, rows);
  const dollarLayout = layoutMarks(dollarMarks, rows);
  const topTreasury = 10 + treasuryLayout.rows * LINE_H;
  const topDollars = 10 + dollarLayout.rows * LINE_H;
  const total = size?.height ?? 560;
  // Two panel labels above the panels; the rest is split so the dollars panel keeps its x axis in view.
  const free = total - 2 * PANEL_LABEL;
  // A company with no dollar figure at all gets a thin dollars panel (its axis and a note), not an empty box.
  const dollarsEmpty =
    !rows.some(
      (r) =>
        r.proceeds !== null || r.spend !== null || r.revenue !== null || r.contracts !== null || r.commitments !== null,
    ) && dollarMarks.length === 0;
  const treasuryHeight = dollarsEmpty ? free - 64 : Math.round(free * 0.45);
  const dollarsHeight = free - treasuryHeight;
  // The left dollar axis carries the quarterly bars; commitments and contract totals have their own axis.
  const hasDollars = rows.some((r) => r.proceeds !== null || r.spend !== null || r.revenue !== null);
  // Only series with data get a bar slot: Recharts reserves one per Bar in every quarter, so an empty
  // series would push the others off their quarter.
  const present = (key: keyof PivotQuarterRow) => rows.some((r) => r[key] !== null);
  const hasCommitments = rows.some((r) => r.contracts !== null || r.commitments !== null);
  // The share of production sold only means something where a company sells from what it mines, not holdings.
  const hasShare = treasuryMode === "mined-vs-sold" && rows.some((r) => r.share !== null);
  const width = size?.width;

  const tooltip = (series: readonly [string, string][]) => (
    <Tooltip
      isAnimationActive={false}
      content={({ active, label }) => {
        if (!active || typeof label !== "string") return null;
        const shown = series.filter(([key]) => notes[`${key}:${label}`]);
        if (!shown.length) return null;
        return (
          <div className="chart-tooltip">
            <p>
              <strong>{label}</strong>
            </p>
            {shown.map(([key, name]) => (
              <p key={key}>
                {name}: <strong>{notes[`${key}:${label}`]}</strong>
              </p>
            ))}
          </div>
        );
      }}
    />
  );
  const xAxis = (hideTicks: boolean) => (
    <XAxis
      dataKey="label"
      type="category"
      // Band scale in both panels, bars or not, so a quarter sits at the same x above and below.
      scale="band"
      interval="preserveStartEnd"
      tick={hideTicks ? false : { fill: "var(--fg-muted)", fontSize: 11 }}
      stroke="var(--fg-muted)"
      height={hideTicks ? 4 : 24}
    />
  );

  return (
    <div className="pivot-quarters">
      <div className="panel-label" data-export-label="Bitcoin treasury, per quarter" style={{ height: PANEL_LABEL }}>
        Bitcoin treasury, per quarter
      </div>
      <ChartBox height={treasuryHeight} size={width ? { width, height: treasuryHeight } : undefined}>
        <ComposedChart
          data={rows}
          syncId="pivot-quarters"
          margin={{ top: topTreasury, right: 8, bottom: 0, left: 4 }}
          title={`${title}: bitcoin treasury`}
          accessibilityLayer
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          {xAxis(true)}
          <YAxis
            yAxisId="btc"
            tickFormatter={(v: number) => formatAxisNumber(v, "BTC")}
            stroke="var(--fg-muted)"
            tick={treasuryMode === "none" ? false : { fill: "var(--fg-muted)", fontSize: 11 }}
            width={LEFT_W}
            label={
              treasuryMode === "none"
                ? undefined
                : { value: "BTC", angle: -90, position: "insideLeft", fill: "var(--fg-muted)", fontSize: 11, dy: 10 }
            }
          />
          <YAxis
            yAxisId="share"
            orientation="right"
            domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]}
            tickFormatter={(v: number) => `${v}%`}
            stroke="var(--fg-muted)"
            tick={hasShare ? { fill: "var(--fg-muted)", fontSize: 11 } : false}
            axisLine={hasShare}
            width={RIGHT_W}
          />
          {/* One BTC axis for held, mined and sold: amounts of the same thing, on the same scale. */}
          {present("mined") ? (
            <Bar
              yAxisId="btc"
              dataKey="mined"
              name="BTC mined"
              fill={PIVOT_COLORS.mined}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ) : null}
          {present("sold") ? (
            <Bar
              yAxisId="btc"
              dataKey="sold"
              name="BTC sold"
              fill={PIVOT_COLORS.sold}
              fillOpacity={0.85}
              isAnimationActive={false}
            />
          ) : null}
          {treasuryMode === "held" ? (
            <Line
              yAxisId="btc"
              dataKey="held"
              name={heldLabel}
              stroke={color}
              strokeWidth={2.5}
              dot={{ r: 3.5, strokeWidth: 0, fill: color }}
              activeDot={{ r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
          {treasuryMode === "held" && heldOtherLabel ? (
            <Line
              yAxisId="btc"
              dataKey="heldOther"
              name={heldOtherLabel}
              stroke={color}
              strokeWidth={2}
              strokeDasharray="1 4"
              strokeLinecap="round"
              dot={{ r: 3.5, strokeWidth: 1.5, stroke: color, fill: "var(--bg)" }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
          {hasShare ? (
            <Line
              yAxisId="share"
              dataKey="share"
              name="Share of production sold"
              stroke="var(--fg)"
              strokeDasharray="4 3"
              dot={{ r: 3.5, strokeWidth: 0, fill: "var(--fg)" }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
          {markLines(treasuryLayout, "btc", rows)}
          {tooltip([
            ["held", heldLabel],
            ["heldOther", heldOtherLabel ?? ""],
            ["mined", "BTC mined"],
            ["sold", "BTC sold"],
            ["share", "Share of production sold"],
          ])}
        </ComposedChart>
      </ChartBox>
      <div
        className="panel-label"
        data-export-label={dollarsEmpty ? "Dollars, per quarter: none reported" : "Dollars, per quarter"}
        style={{ height: PANEL_LABEL }}
      >
        {dollarsEmpty ? "Dollars, per quarter: none reported" : "Dollars, per quarter"}
      </div>
      <ChartBox height={dollarsHeight} size={width ? { width, height: dollarsHeight } : undefined}>
        <ComposedChart
          data={rows}
          syncId="pivot-quarters"
          margin={{ top: topDollars, right: 8, bottom: 4, left: 4 }}
          title={`${title}: dollars`}
          // One tab stop per figure: arrow keys on the treasury panel move both panels' tooltips (syncId).
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          {xAxis(false)}
          <YAxis
            yAxisId="usd"
            tickFormatter={(v: number) => formatUsd(v)}
            stroke="var(--fg-muted)"
            tick={hasDollars ? { fill: "var(--fg-muted)", fontSize: 11 } : false}
            axisLine={hasDollars}
            width={LEFT_W}
          />
          <YAxis
            yAxisId="commit"
            orientation="right"
            tickFormatter={(v: number) => formatUsd(v)}
            stroke={PIVOT_COLORS.contract}
            tick={hasCommitments ? { fill: "var(--fg-muted)", fontSize: 11 } : false}
            axisLine={hasCommitments}
            width={RIGHT_W}
          />
          {present("proceeds") ? (
            <Bar
              yAxisId="usd"
              dataKey="proceeds"
              name="BTC sale proceeds"
              fill={PIVOT_COLORS.proceeds}
              isAnimationActive={false}
            />
          ) : null}
          {spendLabel && present("spend") ? (
            <Bar yAxisId="usd" dataKey="spend" name={spendLabel} fill={PIVOT_COLORS.spend} isAnimationActive={false} />
          ) : null}
          {present("revenue") ? (
            <Bar
              yAxisId="usd"
              dataKey="revenue"
              name="HPC revenue"
              fill={PIVOT_COLORS.revenue}
              isAnimationActive={false}
            />
          ) : null}
          <Line
            yAxisId="commit"
            dataKey="contracts"
            name="Announced contract value to date"
            type="stepAfter"
            stroke={PIVOT_COLORS.contract}
            strokeDasharray="6 4"
            strokeWidth={2}
            dot={{ r: 3.5, strokeWidth: 0, fill: PIVOT_COLORS.contract }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="commit"
            dataKey="commitments"
            name="Dated AI/HPC commitments"
            stroke="none"
            dot={{ r: 5, strokeWidth: 2, stroke: PIVOT_COLORS.commitment, fill: "var(--bg)" }}
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          {markLines(dollarLayout, hasDollars ? "usd" : "commit", rows)}
          {tooltip([
            ["proceeds", "BTC sale proceeds"],
            ["spend", spendLabel ?? "Capex"],
            ["revenue", "HPC revenue"],
            ["contracts", "Announced contract value to date"],
            ["commitments", "Dated AI/HPC commitments"],
          ])}
        </ComposedChart>
      </ChartBox>
    </div>
  );
}

interface MarkGroup {
  quarter: string;
  index: number;
  marks: PivotQuarterMark[];
  /** Rows above the plot this group's first label sits at (0 = nearest the plot). */
  row: number;
  lines: number;
}

/**
 * Places each quarter's labels above the plot so that no two overlap: groups within a few quarters of each
 * other stack on top of one another instead of sharing a row. The top margin grows to fit every row.
 */
function layoutMarks(marks: PivotQuarterMark[], rows: readonly PivotQuarterRow[]) {
  const byQuarter = new Map<string, PivotQuarterMark[]>();
  for (const m of marks) byQuarter.set(m.quarter, [...(byQuarter.get(m.quarter) ?? []), m]);
  const groups: MarkGroup[] = [...byQuarter.entries()]
    .map(([quarter, ms]) => ({
      quarter,
      index: rows.findIndex((r) => r.label === quarter),
      marks: ms,
      row: 0,
      lines: Math.min(MAX_LINES, ms.length),
    }))
    .sort((a, b) => a.index - b.index);
  // Labels run about 150 px; a quarter is rarely narrower than 40 px, so four quarters apart never collide.
  const reach = Math.max(1, Math.round(rows.length / 4));
  for (const [i, g] of groups.entries()) {
    const near = groups.slice(0, i).filter((p) => g.index - p.index <= reach);
    g.row = near.length ? Math.max(...near.map((p) => p.row + p.lines)) : 0;
  }
  return { groups, rows: groups.length ? Math.max(...groups.map((g) => g.row + g.lines)) : 0 };
}

/** One dashed line per quarter with marks, labelled with every mark (in its kind's colour) above the plot. */
function markLines(layout: ReturnType<typeof layoutMarks>, yAxisId: string, rows: readonly PivotQuarterRow[]) {
  // Labels of marks in the right part of the axis run leftwards, so they never leave the figure.
  const position = (index: number) => index / Math.max(1, rows.length - 1);
  return layout.groups.map((g) => (
    <ReferenceLine
      key={`mark-${g.quarter}`}
      x={g.quarter}
      yAxisId={yAxisId}
      stroke={PIVOT_COLORS[g.marks[0].kind]}
      strokeDasharray="2 3"
      label={(props: { viewBox?: { x?: number; y?: number } }) => {
        const shown = g.marks.length > MAX_LINES ? g.marks.slice(0, MAX_LINES - 1) : g.marks;
        const more = g.marks.length - shown.length;
        return labelStack({
          x: Number(props.viewBox?.x ?? 0),
          y: Number(props.viewBox?.y ?? 0),
          row: g.row,
          leftward: position(g.index) > 0.55,
          labels: shown.map((m) => ({ text: m.label, color: PIVOT_COLORS[m.kind] })),
          more: more ? `+${formatNumber(more)} more this quarter` : null,
        });
      }}
    />
  ));
}
