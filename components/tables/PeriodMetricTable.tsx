import Link from "next/link";
import { CitedValue } from "@/components/ui/CitedValue";
import { getMetric } from "@/lib/domain/metrics";
import { buildPeriodTable, type TableFactRef } from "@/lib/domain/period-table";
import { formatPeriod } from "@/lib/format";
import type { Citation } from "@/lib/views/citation";

/** Every reported number for a company, by period and metric; each cell opens its source. */
export function PeriodMetricTable({
  facts,
  citations,
  limit,
  showAllHref,
}: {
  facts: TableFactRef[];
  /** Show only the newest periods (a long history is paged, not dropped: see showAllHref). */
  limit?: number;
  showAllHref?: string;
  citations: Record<string, Citation>;
}) {
  const { metrics, rows: allRows } = buildPeriodTable(facts);
  const rows = limit ? allRows.slice(0, limit) : allRows;
  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption className="muted small" style={{ textAlign: "left", padding: "0.5rem 0.6rem" }}>
            {rows.length < allRows.length ? `The latest ${rows.length} of ${allRows.length}` : allRows.length} periods ×{" "}
            {metrics.length} metrics. A dash means the sources state nothing for that period. * marks a value where
            sources disagree; “derived” marks a quarter computed from reported figures (its card shows how); a holdings
            basis in brackets marks a count that includes or excludes collateral.
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
                  const keys = (r.cells[m] ?? []).filter((k) => citations[k]);
                  return (
                    <td key={m} className="r">
                      {keys.length ? (
                        keys.map((key) => (
                          <span key={key} className="cell-value">
                            <CitedValue citation={citations[key]} citeKey={key} text={cellText(citations[key])} />
                          </span>
                        ))
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
      {rows.length < allRows.length && showAllHref ? (
        <p className="small">
          <Link href={showAllHref}>Show all {allRows.length} periods</Link>
        </p>
      ) : null}
    </>
  );
}

/** The column header carries the unit, so cells drop it; derived and basis-qualified figures say so. */
function cellText(c: Citation): string {
  const value = c.valueText.replace(/ (BTC|MW|EH\/s)$/, "");
  if (c.derivation) return `${value} derived`;
  return c.basis ? `${value} (${c.basis.label})` : value;
}
