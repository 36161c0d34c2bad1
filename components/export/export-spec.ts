import type { CompareChart } from "@/components/charts/CompareChart";
import type { HeadlineChart } from "@/components/charts/HeadlineChart";
import type { PivotChart } from "@/components/charts/PivotChart";
import type { PivotQuartersChart } from "@/components/charts/PivotQuartersChart";
import type { TrajectoryChart } from "@/components/charts/TrajectoryChart";
import type { FigureSpec } from "@/lib/export/figure-layout";

// biome-ignore lint/suspicious/noExplicitAny: a constraint that accepts any component signature
type Props<C extends (props: any) => unknown> = Omit<Parameters<C>[0], "size" | "height">;

/** Which chart to draw and with what data: plain data, so the server can build it and the browser re-draw it. */
export type ChartSpec =
  | { type: "pivot"; props: Props<typeof PivotChart> }
  | { type: "pivot-quarters"; props: Props<typeof PivotQuartersChart> }
  | { type: "compare"; props: Props<typeof CompareChart> }
  | { type: "trajectory"; props: Props<typeof TrajectoryChart> }
  | { type: "headline"; panels: { label: string; share: number; props: Props<typeof HeadlineChart> }[] };

/** Everything a chart's download menu needs; built on the server next to the chart itself. */
export interface ExportSpec {
  id: string;
  figure: Omit<FigureSpec, "permalink">;
  /** Path and query of the view, made absolute in the browser. */
  permalinkPath: string;
  /** Path of the chart-only embed page for this view, or null when the chart has none. */
  embedPath: string | null;
  chart: ChartSpec;
  /** File name parts; see lib/export/filename.ts. */
  filename: { subject: string; what: string; from: string | null; to: string | null };
  /** API URLs returning exactly the charted data. */
  csvHref: string;
  jsonHref: string;
}
