"use client";

import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { buildChartRows, timeDomain } from "@/lib/domain/chart-rows";
import type { CommitmentSeries } from "@/lib/domain/commitment";
import type { Unit } from "@/lib/domain/metrics";
import type { SeriesPoint } from "@/lib/domain/series";
import { formatAxisNumber, formatDate } from "@/lib/format";
import { ChartBox, type FixedSize } from "./ChartBox";
import { type EventMarker, eventMarkerLines, layoutEventMarkers } from "./event-markers";
import { timeAxisProps } from "./time-axis";

export type PivotEventMarker = EventMarker;

export interface PointNote {
  valueText: string;
  detail: string;
}

/**
 * BTC held (left axis, the company's colour) against one AI/HPC commitment series (right axis, dashed),
 * with labelled markers for contracts, large sales and halvings. Points are the reported values only.
 */
export function PivotChart({
  title,
  color,
  held,
  heldOther = [],
  commitment,
  commitmentUnit,
  markers,
  notes,
  size,
}: {
  title: string;
  color: string;
  held: SeriesPoint[];
  /** Holdings on another basis (e.g. including collateral): their own dotted lines, never joined to `held`. */
  heldOther?: { label: string; points: SeriesPoint[] }[];
  commitment: CommitmentSeries | null;
  commitmentUnit: Unit | null;
  markers: PivotEventMarker[];
  /** Tooltip text per "series:t". */
  notes: Record<string, PointNote>;
  size?: FixedSize;
}) {
  const lineSeries = [{ key: "held", points: held }];
  heldOther.forEach((h, i) => {
    lineSeries.push({ key: `heldalt${i}`, points: h.points });
  });
  if (commitment) lineSeries.push({ key: "commitment", points: commitment.points });
  const { rows, segments } = buildChartRows(lineSeries);
  // Dated figures that must not be joined (single contracts beside company totals) are drawn as markers only.
  const commitmentDotsOnly = commitment?.shape === "dots";
  const allHeld = [...held, ...heldOther.flatMap((h) => h.points)];
  const domain = timeDomain([{ points: [...allHeld, ...(commitment?.points ?? []), ...markers] }]) ?? [0, 1];
  const hasHeld = allHeld.some((p) => p.value !== null);
  const markerLayout = layoutEventMarkers(markers, domain);
  const isHeld = (key: string) => key === "held" || key.startsWith("heldalt");
  const altLabel = (key: string) => heldOther[Number(key.replace("heldalt", ""))]?.label ?? "";

  return (
    <ChartBox height={"var(--chart-h, 380px)"} size={size}>
      <ComposedChart data={rows} margin={{ top: markerLayout.marginTop, right: 8, bottom: 4, left: 4 }} title={title}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxisProps(domain, 15)} />
        <YAxis
          yAxisId="held"
          stroke={color}
          tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
          tickFormatter={(v: number) => formatAxisNumber(v, "BTC")}
          width={52}
          hide={!hasHeld}
          label={
            hasHeld
              ? {
                  value: "BTC held",
                  angle: -90,
                  position: "insideLeft",
                  fill: "var(--fg-muted)",
                  fontSize: 12,
                  dy: 30,
                }
              : undefined
          }
        />
        <YAxis
          yAxisId="commitment"
          orientation="right"
          stroke="var(--fg-muted)"
          tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
          tickFormatter={(v: number) => (commitmentUnit ? formatAxisNumber(v, commitmentUnit) : String(v))}
          width={60}
          hide={!commitment}
        />
        {eventMarkerLines(markerLayout, hasHeld ? "held" : "commitment")}
        {segments.map((s) => (
          <Line
            key={s.dataKey}
            dataKey={s.dataKey}
            yAxisId={isHeld(s.seriesKey) ? "held" : "commitment"}
            type={s.seriesKey === "commitment" && commitment?.shape === "step" ? "stepAfter" : "linear"}
            stroke={isHeld(s.seriesKey) ? color : "var(--fg)"}
            strokeWidth={s.seriesKey === "held" ? 2.5 : 2}
            strokeDasharray={s.seriesKey === "held" ? undefined : s.seriesKey === "commitment" ? "6 4" : "1 3"}
            strokeOpacity={s.seriesKey === "commitment" && commitmentDotsOnly ? 0 : 1}
            dot={
              s.seriesKey === "commitment" && commitmentDotsOnly
                ? { r: 5, strokeWidth: 2, stroke: "var(--fg)", fill: "var(--bg)" }
                : s.seriesKey.startsWith("heldalt")
                  ? { r: 3, strokeWidth: 1.5, stroke: color, fill: "var(--bg)" }
                  : { r: 2.5, strokeWidth: 0, fill: s.seriesKey === "held" ? color : "var(--fg)" }
            }
            activeDot={{ r: 5 }}
            connectNulls
            isAnimationActive={false}
            name={
              s.seriesKey === "held"
                ? "BTC held"
                : s.seriesKey === "commitment"
                  ? (commitment?.label ?? "")
                  : `BTC held, ${altLabel(s.seriesKey)}`
            }
          />
        ))}
        <Tooltip
          isAnimationActive={false}
          content={({ active, label }) => {
            if (!active || typeof label !== "number") return null;
            const heldNote = notes[`held:${label}`];
            const commitmentNote = notes[`commitment:${label}`];
            const altNotes = heldOther
              .map((h, i) => ({ label: h.label, note: notes[`heldalt${i}:${label}`] }))
              .filter((a) => a.note);
            if (!heldNote && !commitmentNote && altNotes.length === 0) return null;
            return (
              <div className="chart-tooltip">
                <p>
                  <strong>{formatDate(new Date(label).toISOString().slice(0, 10))}</strong>
                </p>
                {heldNote ? (
                  <p>
                    BTC held: <strong>{heldNote.valueText}</strong> <span className="muted">{heldNote.detail}</span>
                  </p>
                ) : null}
                {altNotes.map((a) => (
                  <p key={a.label}>
                    BTC held, {a.label}: <strong>{a.note!.valueText}</strong>{" "}
                    <span className="muted">{a.note!.detail}</span>
                  </p>
                ))}
                {commitmentNote ? (
                  <p>
                    {commitment?.label}: <strong>{commitmentNote.valueText}</strong>{" "}
                    <span className="muted">{commitmentNote.detail}</span>
                  </p>
                ) : null}
              </div>
            );
          }}
        />
      </ComposedChart>
    </ChartBox>
  );
}
