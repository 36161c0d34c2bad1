import type { ReactNode } from "react";
import { ExportMenu } from "@/components/export/ExportMenu";
import type { ExportSpec } from "@/components/export/export-spec";

/**
 * Title, subtitle, chart, legend and source line as one node: what a reader sees is what an exported figure
 * carries. The chart's data table sits below as the accessible alternative.
 */
export function ChartFrame({
  id,
  title,
  subtitle,
  source,
  children,
  dataTable,
  headingLevel = 2,
  exportSpec,
}: {
  id: string;
  title: string;
  subtitle?: ReactNode;
  source: ReactNode;
  children: ReactNode;
  dataTable?: ReactNode;
  headingLevel?: 2 | 3;
  /** Adds the download & share menu. */
  exportSpec?: ExportSpec;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <figure id={id} className="chart-frame" aria-labelledby={`${id}-title`} style={{ marginInline: 0 }}>
      <div className="frame-head">
        <Heading id={`${id}-title`}>{title}</Heading>
        {exportSpec ? <ExportMenu spec={exportSpec} /> : null}
      </div>
      {subtitle ? <p className="subtitle">{subtitle}</p> : null}
      {children}
      <figcaption className="chart-source">{source}</figcaption>
      {dataTable ? (
        <details className="data-table-toggle">
          <summary>Show the data as a table</summary>
          {dataTable}
        </details>
      ) : null}
    </figure>
  );
}
