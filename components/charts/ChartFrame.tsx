import type { ReactNode } from "react";

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
}: {
  id: string;
  title: string;
  subtitle?: ReactNode;
  source: ReactNode;
  children: ReactNode;
  dataTable?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <figure id={id} className="chart-frame" aria-labelledby={`${id}-title`} style={{ marginInline: 0 }}>
      <Heading id={`${id}-title`}>{title}</Heading>
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
