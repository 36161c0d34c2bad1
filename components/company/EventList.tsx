import { SourceLine } from "@/components/ui/SourceLine";
import type { ChartEvent } from "@/lib/domain/types";
import { formatDate, formatNumber, formatUsd } from "@/lib/format";

export const EVENT_KIND_LABELS: Record<ChartEvent["kind"], string> = {
  contract: "AI/HPC contract",
  btc_sale: "Large BTC sale",
  halving: "Halving",
};

/** The numbered events marked on the chart, each with its terms and source. */
export function EventList({
  events,
  showTicker,
}: {
  events: (ChartEvent & { number: number })[];
  showTicker?: boolean;
}) {
  if (events.length === 0) return <p className="muted">No dated events recorded for this company.</p>;
  return (
    <ol className="event-list" aria-label="Events marked on the chart">
      {events.map((e) => (
        <li key={e.id}>
          <span className={`event-badge event-${e.kind}`} aria-hidden="true">
            {e.number}
          </span>
          <strong>{formatDate(e.date)}</strong> — {showTicker && e.ticker ? `${e.ticker} ` : ""}
          {EVENT_KIND_LABELS[e.kind]}: {e.title}
          {e.counterparty ? `, with ${e.counterparty}` : ""}
          <span className="muted small">
            {[
              e.mw !== null ? `${formatNumber(e.mw, 1)} MW` : null,
              e.valueUsd !== null ? `${formatUsd(e.valueUsd)} contract value` : null,
              e.termYears !== null ? `${e.termYears}-year term` : null,
            ]
              .filter(Boolean)
              .map((t) => ` · ${t}`)
              .join("")}
          </span>
          <br />
          <span className="small">
            <SourceLine source={e.source} /> — “{e.quote}”
          </span>
        </li>
      ))}
    </ol>
  );
}
