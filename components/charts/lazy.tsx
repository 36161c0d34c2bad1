"use client";

import dynamic from "next/dynamic";
import { type ComponentProps, type ReactNode, startTransition, useEffect, useRef, useState } from "react";
import type { CompareChart } from "./CompareChart";
import type { PivotChart } from "./PivotChart";
import type { PivotQuartersChart } from "./PivotQuartersChart";
import type { TrajectoryChart } from "./TrajectoryChart";

/**
 * Charts are islands that load when they come near the screen: Recharts draws nothing on the server anyway, so
 * its ~125 kB of JavaScript need not block the page, and a chart far down the page costs nothing until the reader
 * scrolls to it. The server renders each chart's box at its final height, so nothing shifts when it appears.
 */
function WhenNearScreen({ minHeight, children }: { minHeight: number | string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    // A transition lets React draw the chart in slices, between which the page stays responsive to the reader.
    const show = () => startTransition(() => setNear(true));
    if (typeof IntersectionObserver === "undefined") return show();
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: "300px 0px",
    });
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return (
    <div ref={box} style={{ minHeight }} data-chart-island={near ? "near" : "waiting"}>
      {near ? children : null}
    </div>
  );
}
const Pivot = dynamic(() => import("./PivotChart").then((m) => m.PivotChart), { ssr: false });
const PivotQuarters = dynamic(() => import("./PivotQuartersChart").then((m) => m.PivotQuartersChart), {
  ssr: false,
});
const Compare = dynamic(() => import("./CompareChart").then((m) => m.CompareChart), { ssr: false });
const Trajectory = dynamic(() => import("./TrajectoryChart").then((m) => m.TrajectoryChart), { ssr: false });

export function LazyPivotChart(props: ComponentProps<typeof PivotChart>) {
  return (
    <WhenNearScreen minHeight="var(--chart-h, 380px)">
      <Pivot {...props} />
    </WhenNearScreen>
  );
}

export function LazyPivotQuartersChart(props: ComponentProps<typeof PivotQuartersChart>) {
  return (
    <WhenNearScreen minHeight={560}>
      <PivotQuarters {...props} />
    </WhenNearScreen>
  );
}

export function LazyCompareChart(props: ComponentProps<typeof CompareChart>) {
  return (
    <WhenNearScreen minHeight={props.height ?? 420}>
      <Compare {...props} />
    </WhenNearScreen>
  );
}

export function LazyTrajectoryChart(props: ComponentProps<typeof TrajectoryChart>) {
  return (
    <WhenNearScreen minHeight={props.height ?? 420}>
      <Trajectory {...props} />
    </WhenNearScreen>
  );
}
