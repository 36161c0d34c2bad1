import { CitedValue } from "@/components/ui/CitedValue";
import { getMetric } from "@/lib/domain/metrics";
import { buildPeriodTable, type TableFactRef } from "@/lib/domain/period-table";
import { formatPeriod } from "@/lib/format";
import type { Citation } from "@/lib/views/citation";

/** Every reported number for a company, by period and metric; each cell opens its source. */
export function PeriodMetricTable({
  facts,
  citations,
}: {
  facts: TableFactRef[];
  citations: Record<string, Citation>;
}) {
  const { metrics, rows } = buildPeriodTable(facts);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="muted small" style={{ textAlign: "left", padding: "0.5rem 0.6rem" }}>
          {rows.length} periods × {metrics.length} metrics. A dash means the sources state nothing for that period. *
          marks a value where sources disagree.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              Period
            </th>
            {metrics.map((m) => (
              <th scope="col" key={m} className="r">
                {getMetric(m)?.shortLabel} <span className="muted small">({getMetric(m)?.unit})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.periodEnd}-${r.periodType}`}>
              <th scope="row" className="sticky-col" style={{ fontWeight: 500 }}>
                {formatPeriod(r.periodEnd, r.periodType)}
                {r.periodType === "instant" ? <span className="muted small"> (dated)</span> : null}
              </th>
              {metrics.map((m) => {
                const key = r.cells[m];
                return (
                  <td key={m} className="r">
                    {key && citations[key] ? (
                      <CitedValue citation={citations[key]} text={compactValue(citations[key].valueText)} />
                    ) : (
                      <span className="gap" title="Not reported in the sources">
                        —
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The column header carries the unit, so cells drop it. */
function compactValue(valueText: string): string {
  return valueText.replace(/ (BTC|MW|EH\/s)$/, "");
}
