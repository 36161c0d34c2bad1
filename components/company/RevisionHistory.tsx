import type { RevisionEntry } from "@/lib/db/observations";
import { formatNumber } from "@/lib/format";

/** Values that changed between imports of the same source; empty until a re-import revises something. */
export function RevisionHistory({ revisions }: { revisions: RevisionEntry[] }) {
  if (revisions.length === 0) return null;
  return (
    <>
      <h2>Revision history</h2>
      <ul className="notes-list">
        {revisions.map((r) => (
          <li key={`${r.observationId}-${r.at}`}>
            Observation #{r.observationId}: {formatNumber(r.oldValue)} → {formatNumber(r.newValue)} on{" "}
            {r.at.slice(0, 10)} (import #{r.importRunId})
          </li>
        ))}
      </ul>
    </>
  );
}
