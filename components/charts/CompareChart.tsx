"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { buildChartRows, timeDomain } from "@/lib/domain/chart-rows";
import { type AxisUnit, formatAxisValue, formatDate } from "@/lib/format";
import { ChartBox, type FixedSize } from "./ChartBox";
import { type EventMarker, eventMarkerLines, layoutEventMarkers } from "./event-markers";
import { timeAxisProps } from "./time-axis";

export interface CompareLine {
  key: string;
  label: string;
  color: string;
  axis: "left" | "right";
  /** Stroke dash: right-axis series and a company's second holdings basis are dashed. */
  dash?: string;
  points: { t: number; value: number | null; derived?: boolean }[];
}

export type CompareMarker = EventMarker;

/** Several companies on one time axis, in their colours, with labels at line ends and labelled event markers. */
export function CompareChart({
  title,
  lines,
  leftUnit,
  rightUnit,
  rightLabel,
  scale,
  markers,
  notes,
  height = 420,
  size,
}: {
  title: string;
  lines: CompareLine[];
  leftUnit: AxisUnit;
  rightUnit: AxisUnit | null;
  /** Short title of the right axis ("Contracts, not holdings"). */
  rightLabel?: string;
  scale: "linear" | "log";
  markers: CompareMarker[];
  notes: Record<string, string>;
  height?: number;
  size?: FixedSize;
}) {
  const { rows, segments } = buildChartRows(lines.map((l) => ({ key: l.key, points: l.points })));
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const domain = timeDomain([
    ...lines.map((l) => ({ points: l.points.filter((p) => p.value !== null) })),
    { points: markers },
  ]) ?? [0, 1];
  // The last drawn row of each line carries its end label (the rightmost segment only).
  const lastRow = new Map<string, number>();
  for (const s of segments) {
    const idx = rows.findLastIndex((r) => r[s.dataKey] !== undefined);
    if (idx >= 0 && (lastRow.get(s.seriesKey)?.valueOf() ?? -1) < idx) lastRow.set(s.seriesKey, idx);
  }
  const placed: number[] = [];
  const markerLayout = layoutEventMarkers(markers, domain);

  return (
    <ChartBox height={height} size={size}>
      <LineChart
        data={rows}
        margin={{ top: Math.max(20, markerLayout.marginTop), right: 56, bottom: 4, left: 4 }}
        title={title}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxisProps(domain, 10)} />
        <YAxis
          yAxisId="left"
          scale={scale}
          domain={scale === "log" ? ["auto", "auto"] : undefined}
          allowDataOverflow={false}
          tickFormatter={(v: number) => formatAxisValue(v, leftUnit)}
          stroke="var(--fg-muted)"
          tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
          width={60}
        />
        {rightUnit ? (
          <YAxis
            yAxisId="right"
            orientation="right"
            scale={scale}
            domain={scale === "log" ? ["auto", "auto"] : undefined}
            tickFormatter={(v: number) => formatAxisValue(v, rightUnit)}
            stroke="var(--fg-muted)"
            tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
            width={60}
            label={
              rightLabel
                ? {
                    value: rightLabel,
                    angle: 90,
                    position: "insideRight",
                    fill: "var(--fg-muted)",
                    fontSize: 11,
                    dy: -40,
                  }
                : undefined
            }
          />
        ) : null}
        {eventMarkerLines(markerLayout, "left")}
        {segments.map((s) => {
          const line = byKey.get(s.seriesKey)!;
          return (
            <Line
              key={s.dataKey}
              dataKey={s.dataKey}
              name={line.label}
              yAxisId={line.axis}
              stroke={line.color}
              strokeWidth={2}
              strokeDasharray={line.dash}
              dot={{ r: 2.2, strokeWidth: 0, fill: line.color }}
              activeDot={{ r: 4.5 }}
              connectNulls
              isAnimationActive={false}
              label={(props: { x?: number | string; y?: number | string; index?: number }) => {
                const x = Number(props.x);
                const y = Number(props.y);
                // One end label per company: its main line's (a dotted second basis shares the colour).
                if (
                  props.index !== lastRow.get(s.seriesKey) ||
                  !Number.isFinite(y) ||
                  (line.dash && line.axis === "left")
                )
                  return <g key={`${s.dataKey}-${props.index}`} />;
                // Direct labels only where they fit: skip one that would overlap a label already placed.
                if (placed.some((py) => Math.abs(py - y) < 13)) return <g key={`${s.dataKey}-${props.index}`} />;
                placed.push(y);
                return (
                  <text key={`${s.dataKey}-end`} x={x + 6} y={y + 4} fill={line.color} fontSize={12} fontWeight={700}>
                    {line.label.split(" ")[0]}
                  </text>
                );
              }}
            />
          );
        })}
        <Tooltip
          isAnimationActive={false}
          content={({ active, label, payload }) => {
            if (!active || typeof label !== "number" || !payload?.length) return null;
            return (
              <div className="chart-tooltip">
                <p>
                  <strong>{formatDate(new Date(label).toISOString().slice(0, 10))}</strong>
                </p>
                {payload.map((p) => {
                  const seriesKey = String(p.dataKey).split("#")[0];
                  const line = byKey.get(seriesKey);
                  return (
                    <p key={String(p.dataKey)}>
                      <span className="swatch line" style={{ background: line?.color }} /> {line?.label}:{" "}
                      <strong>
                        {notes[`${seriesKey}:${label}`] ??
                          formatAxisValue(Number(p.value), line?.axis === "right" && rightUnit ? rightUnit : leftUnit)}
                      </strong>
                    </p>
                  );
                })}
              </div>
            );
          }}
        />
      </LineChart>
    </ChartBox>
  );
}
