import { SourceLine } from "@/components/ui/SourceLine";
import type { RevisionEntry } from "@/lib/db/observations";
import { getMetric } from "@/lib/domain/metrics";
import { formatDate, formatNumber, formatPeriod } from "@/lib/format";

/** Values a later import of the same source changed; shown so a reader sees what moved and when. */
export function RevisionHistory({ revisions }: { revisions: RevisionEntry[] }) {
  if (revisions.length === 0) return null;
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revision history</h2>
      <p className="muted small">
        A figure changed between two imports of the same source. The table above shows the current value.
      </p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="r">
                Was
              </th>
              <th scope="col" className="r">
                Now
              </th>
              <th scope="col">Changed</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={`${r.observationId}-${r.at}`}>
                <td>
                  {getMetric(r.metric)?.label ?? r.metric}, {formatPeriod(r.periodEnd, r.periodType)}
                </td>
                <td className="r num">{formatNumber(r.oldValue)}</td>
                <td className="r num">{formatNumber(r.newValue)}</td>
                <td>
                  {formatDate(r.at.slice(0, 10))} (import #{r.importRunId})
                </td>
                <td>
                  <SourceLine source={r.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
