"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { buildChartRows } from "@/lib/domain/chart-rows";
import type { Unit } from "@/lib/domain/metrics";
import { formatAxisNumber, formatDate, formatValue } from "@/lib/format";
import { ChartBox, type FixedSize } from "./ChartBox";
import { timeAxisProps } from "./time-axis";

export interface HeadlineSeries {
  /** The line's name: the ticker, or "RIOT (as reported)" for a company's other holdings basis. */
  ticker: string;
  color: string;
  /** Dotted for a company's other holdings basis, which is never joined to its main line. */
  dash?: string;
  points: { t: number; value: number | null }[];
}

/**
 * One panel of the overview's headline figure: one line per company on a shared time axis. Two panels
 * (BTC held; announced AI/HPC contract value) share `domain` and `syncId` so they read as one figure.
 */
export function HeadlineChart({
  title,
  series,
  unit,
  domain,
  step,
  height,
  size,
}: {
  title: string;
  series: HeadlineSeries[];
  unit: Unit;
  domain: [number, number];
  step?: boolean;
  height: number;
  size?: FixedSize;
}) {
  const { rows, segments } = buildChartRows(series.map((s) => ({ key: s.ticker, points: s.points })));
  const colorOf = new Map(series.map((s) => [s.ticker, s.color]));
  const dashOf = new Map(series.map((s) => [s.ticker, s.dash]));
  return (
    <ChartBox height={height} size={size}>
      <LineChart
        data={rows}
        syncId="headline"
        syncMethod="value"
        margin={{ top: 8, right: 12, bottom: 0, left: 4 }}
        title={title}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxisProps(domain, 0)} />
        <YAxis
          tickFormatter={(v: number) => formatAxisNumber(v, unit)}
          stroke="var(--fg-muted)"
          tick={{ fill: "var(--fg-muted)", fontSize: 12 }}
          width={56}
        />
        {segments.map((s) => (
          <Line
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.seriesKey}
            type={step ? "stepAfter" : "linear"}
            stroke={colorOf.get(s.seriesKey)}
            strokeDasharray={dashOf.get(s.seriesKey)}
            strokeWidth={2}
            dot={{ r: 2, strokeWidth: 0, fill: colorOf.get(s.seriesKey) }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        <Tooltip
          isAnimationActive={false}
          content={({ active, label, payload }) => {
            if (!active || typeof label !== "number" || !payload?.length) return null;
            return (
              <div className="chart-tooltip">
                <p>
                  <strong>{formatDate(new Date(label).toISOString().slice(0, 10))}</strong>
                </p>
                {payload.map((p) => (
                  <p key={String(p.dataKey)}>
                    <span className="swatch line" style={{ background: colorOf.get(String(p.name)) }} />{" "}
                    {String(p.name)}: {formatValue(Number(p.value), unit)}
                  </p>
                ))}
              </div>
            );
          }}
        />
      </LineChart>
    </ChartBox>
  );
}
