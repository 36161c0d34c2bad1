"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { CompareChart } from "./CompareChart";
import type { HeadlineChart } from "./HeadlineChart";
import type { PivotChart } from "./PivotChart";
import type { PivotQuartersChart } from "./PivotQuartersChart";
import type { TrajectoryChart } from "./TrajectoryChart";

/**
 * Charts load after first paint: Recharts draws nothing on the server anyway, so its ~125 kB of JavaScript need
 * not block the page. Each chart's box keeps its height while loading, so nothing shifts when it appears.
 */
const Pivot = dynamic(() => import("./PivotChart").then((m) => m.PivotChart), { ssr: false });
const PivotQuarters = dynamic(() => import("./PivotQuartersChart").then((m) => m.PivotQuartersChart), {
  ssr: false,
});
const Compare = dynamic(() => import("./CompareChart").then((m) => m.CompareChart), { ssr: false });
const Headline = dynamic(() => import("./HeadlineChart").then((m) => m.HeadlineChart), { ssr: false });
const Trajectory = dynamic(() => import("./TrajectoryChart").then((m) => m.TrajectoryChart), { ssr: false });

export function LazyPivotChart(props: ComponentProps<typeof PivotChart>) {
  return (
    <div style={{ minHeight: "var(--chart-h, 380px)" }}>
      <Pivot {...props} />
    </div>
  );
}

export function LazyPivotQuartersChart(props: ComponentProps<typeof PivotQuartersChart>) {
  return (
    <div style={{ minHeight: 560 }}>
      <PivotQuarters {...props} />
    </div>
  );
}

export function LazyCompareChart(props: ComponentProps<typeof CompareChart>) {
  return (
    <div style={{ minHeight: props.height ?? 420 }}>
      <Compare {...props} />
    </div>
  );
}

export function LazyHeadlineChart(props: ComponentProps<typeof HeadlineChart>) {
  return (
    <div style={{ minHeight: props.height }}>
      <Headline {...props} />
    </div>
  );
}

export function LazyTrajectoryChart(props: ComponentProps<typeof TrajectoryChart>) {
  return (
    <div style={{ minHeight: props.height ?? 420 }}>
      <Trajectory {...props} />
    </div>
  );
}
