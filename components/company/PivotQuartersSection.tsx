import { ChartFrame } from "@/components/charts/ChartFrame";
import { LazyPivotQuartersChart } from "@/components/charts/lazy";
import type { ExportSpec } from "@/components/export/export-spec";
import { CitedValue } from "@/components/ui/CitedValue";
import type { PivotQuarter, QuarterValue } from "@/lib/domain/pivot-quarters";
import { formatNumber, formatUsd } from "@/lib/format";
import type { Citation } from "@/lib/views/citation";
import type { CompanyView } from "@/lib/views/company-view";
import type { LegendEntry } from "@/lib/views/pivot-figure";

/**
 * Both sides of the pivot, quarter by quarter: the figure, its legend and its caption in words, and the data
 * table with every value cited. The export renders from the same figure model, so it carries the same words.
 */
export function PivotQuartersSection({ view, embed = false }: { view: CompanyView; embed?: boolean }) {
  const { company, pivotFigure: fig, pivotQuarters, citations } = view;
  const chartProps = {
    title: fig.title,
    color: view.color,
    rows: fig.rows,
    marks: fig.marks,
    treasuryMode: fig.treasuryMode,
    heldLabel: fig.heldLabel,
    heldOtherLabel: fig.heldOtherLabel,
    spendLabel: fig.spendLabel,
    notes: fig.notes,
  };
  const path = `/companies/${company.ticker}`;
  const exportSpec: ExportSpec = {
    id: "pivot-quarters",
    figure: {
      title: fig.title,
      subtitle: fig.subtitle,
      legend: fig.legend.map((l) => ({ label: l.label, color: l.color, shape: l.shape })),
      // Sources first: if space ever runs short, the caption is what wraps, never the citation.
      sourceLine: `${fig.sourceLine} Sold to fund AI? ${fig.caption}`,
    },
    permalinkPath: path,
    embedPath: `/embed/companies/${company.ticker}`,
    chart: { type: "pivot-quarters", props: chartProps },
    filename: { subject: company.ticker, what: "treasury and AI-HPC by quarter", from: fig.from, to: fig.to },
    // Every figure of the company with its source, tier, basis and derivation (derived quarters included).
    csvHref: `/api/v1/companies/${company.ticker}?format=csv`,
    jsonHref: `/api/v1/companies/${company.ticker}`,
  };
  return (
    <section id="quarters" aria-label="Bitcoin treasury and AI/HPC, quarter by quarter">
      <ChartFrame
        id="pivot-quarters"
        title={fig.title}
        subtitle={fig.subtitle}
        source={
          <>
            <strong>Sold to fund AI?</strong> {fig.caption} <span className="muted">{fig.sourceLine}</span>
          </>
        }
        dataTable={<QuarterTable quarters={pivotQuarters.quarters} citations={citations} spendLabel={fig.spendLabel} />}
        exportSpec={embed ? undefined : exportSpec}
      >
        <Legend entries={fig.legend} />
        <LazyPivotQuartersChart {...chartProps} />
      </ChartFrame>
    </section>
  );
}

export function Legend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {entries.map((e) => (
        <li key={e.label}>
          <span
            className={`swatch${e.shape === "line" || e.shape === "dashed" ? " line" : ""}`}
            style={
              e.shape === "dashed"
                ? { background: `repeating-linear-gradient(90deg, ${e.color} 0 5px, transparent 5px 8px)` }
                : e.shape === "dot"
                  ? { background: "transparent", border: `2px solid ${e.color}`, borderRadius: "50%" }
                  : e.shape === "marker"
                    ? {
                        background: `repeating-linear-gradient(180deg, ${e.color} 0 3px, transparent 3px 6px)`,
                        width: "3px",
                      }
                    : { background: e.color }
            }
            aria-hidden="true"
          />
          {e.label}
        </li>
      ))}
    </ul>
  );
}

function QuarterTable({
  quarters,
  citations,
  spendLabel,
}: {
  quarters: PivotQuarter[];
  citations: Record<string, Citation>;
  spendLabel: string | null;
}) {
  const cell = (v: QuarterValue | null, text: (n: number) => string) =>
    v ? (
      citations[v.key] ? (
        <CitedValue
          citation={citations[v.key]}
          citeKey={v.key}
          text={`${text(v.value)}${v.derived ? " derived" : ""}`}
        />
      ) : (
        text(v.value)
      )
    ) : (
      <span className="gap" title="Not reported in the sources">
        —
      </span>
    );
  const btc = (n: number) => formatNumber(n);
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col" className="r">
              BTC held
            </th>
            <th scope="col" className="r">
              BTC held, other basis
            </th>
            <th scope="col" className="r">
              BTC mined
            </th>
            <th scope="col" className="r">
              BTC sold
            </th>
            <th scope="col" className="r">
              Sale proceeds
            </th>
            <th scope="col" className="r">
              {spendLabel ?? "Capex"}
            </th>
            <th scope="col" className="r">
              HPC revenue
            </th>
            <th scope="col" className="r">
              Contracts to date
            </th>
            <th scope="col">Marked events</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.end}>
              <th scope="row">{q.label}</th>
              <td className="r">{cell(q.held, btc)}</td>
              <td className="r">{cell(q.heldOther, btc)}</td>
              <td className="r">{cell(q.mined, btc)}</td>
              <td className="r">{cell(q.sold, btc)}</td>
              <td className="r">{cell(q.proceeds, formatUsd)}</td>
              <td className="r">{cell(q.spend, formatUsd)}</td>
              <td className="r">{cell(q.hpcRevenue, formatUsd)}</td>
              <td className="r num">
                {q.contractValueToDate !== null ? `${formatUsd(q.contractValueToDate)} (running total)` : "—"}
              </td>
              <td className="small">{q.marks.map((m) => `${m.date}: ${m.label}`).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
