"use client";

import type { FixedSize } from "@/components/charts/ChartBox";
import { CompareChart } from "@/components/charts/CompareChart";
import { HeadlineChart } from "@/components/charts/HeadlineChart";
import { PivotChart } from "@/components/charts/PivotChart";
import { PivotQuartersChart } from "@/components/charts/PivotQuartersChart";
import { TrajectoryChart } from "@/components/charts/TrajectoryChart";
import type { ChartSpec } from "./export-spec";

const PANEL_LABEL = 22;

/** Draws a chart spec at an exact size for export. Multi-panel figures stack their panels with labels. */
export function ChartForExport({ spec, size }: { spec: ChartSpec; size: FixedSize }) {
  switch (spec.type) {
    case "pivot":
      return <PivotChart {...spec.props} size={size} />;
    case "pivot-quarters":
      return <PivotQuartersChart {...spec.props} size={size} />;
    case "compare":
      return <CompareChart {...spec.props} size={size} />;
    case "trajectory":
      return <TrajectoryChart {...spec.props} size={size} />;
    case "headline": {
      const total = spec.panels.reduce((s, p) => s + p.share, 0);
      const free = size.height - spec.panels.length * PANEL_LABEL;
      return (
        <div>
          {spec.panels.map((p) => (
            <div key={p.label}>
              <div data-export-label={p.label} style={{ height: PANEL_LABEL, fontSize: 14, fontWeight: 600 }}>
                {p.label}
              </div>
              <HeadlineChart
                {...p.props}
                height={Math.floor((free * p.share) / total)}
                size={{ width: size.width, height: Math.floor((free * p.share) / total) }}
              />
            </div>
          ))}
        </div>
      );
    }
  }
}
