"use client";

import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TrajectoryPoint } from "@/lib/domain/trajectory";
import { formatAxisNumber, formatDate, formatNumber, formatUsd } from "@/lib/format";
import { ChartBox, type FixedSize } from "./ChartBox";

export interface TrajectorySeries {
  ticker: string;
  color: string;
  points: TrajectoryPoint[];
}

/**
 * The pivot path as a connected scatter: x = AI/HPC contract value announced so far, y = BTC held; one point
 * per reported date, joined in date order, so a company moving right and down is selling into its pivot.
 */
export function TrajectoryChart({
  title,
  series,
  height = 420,
  size,
}: {
  title: string;
  series: TrajectorySeries[];
  height?: number;
  size?: FixedSize;
}) {
  const drawn = series.filter((s) => s.points.length > 0);
  return (
    <ChartBox height={height} size={size}>
      <ScatterChart margin={{ top: 12, right: 24, bottom: 24, left: 4 }} title={title}>
        <CartesianGrid stroke="var(--grid)" />
        <XAxis
          dataKey="x"
          type="number"
          name="Announced AI/HPC contract value"
          tickFormatter={(v: number) => formatUsd(v)}
          stroke="var(--fg-muted)"
          tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
          label={{
            value: "Announced AI/HPC contract value to date →",
            position: "insideBottom",
            offset: -14,
            fill: "var(--fg-muted)",
            fontSize: 12,
          }}
        />
        <YAxis
          dataKey="y"
          type="number"
          name="BTC held"
          tickFormatter={(v: number) => formatAxisNumber(v, "BTC")}
          stroke="var(--fg-muted)"
          tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
          width={56}
          label={{
            value: "BTC held",
            angle: -90,
            position: "insideLeft",
            fill: "var(--fg-muted)",
            fontSize: 12,
            dy: 30,
          }}
        />
        {drawn.map((s) => (
          <Scatter
            key={s.ticker}
            name={s.ticker}
            data={s.points}
            fill={s.color}
            line={{ stroke: s.color, strokeWidth: 2 }}
            lineJointType="linear"
            isAnimationActive={false}
            shape="circle"
          />
        ))}
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const p = payload?.[0]?.payload as TrajectoryPoint | undefined;
            if (!active || !p) return null;
            const s = drawn.find((d) => d.points.includes(p));
            return (
              <div className="chart-tooltip">
                <p>
                  <strong>{s?.ticker}</strong> at {formatDate(p.date)}
                </p>
                <p>BTC held: {formatNumber(p.y)} BTC</p>
                <p>Contracts announced to date: {formatUsd(p.x)}</p>
              </div>
            );
          }}
        />
      </ScatterChart>
    </ChartBox>
  );
}
