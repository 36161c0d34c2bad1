"use client";

import { cloneElement, type ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

export interface FixedSize {
  width: number;
  height: number;
}

/**
 * On screen a chart fills its box (fixed height, so nothing shifts when it loads); for export it is drawn at
 * an exact size instead, so a figure's layout decides the chart's proportions rather than the browser window.
 */
export function ChartBox({
  height,
  size,
  children,
}: {
  height: number | string;
  size?: FixedSize;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  if (size) {
    return (
      <div className="chart-box" style={{ width: size.width, height: size.height }}>
        {cloneElement(children, { width: size.width, height: size.height })}
      </div>
    );
  }
  return (
    <div className="chart-box" style={{ height }}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 800, height: typeof height === "number" ? height : 380 }}
      >
        {children}
      </ResponsiveContainer>
    </div>
  );
}
