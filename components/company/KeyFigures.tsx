import { AsOf } from "@/components/ui/AsOf";
import { CitedValue } from "@/components/ui/CitedValue";
import { TrailingSumValue } from "@/components/ui/TrailingSumValue";
import type { OverviewRow } from "@/lib/domain/overview";
import { formatDate, formatNumber, formatPercent, formatUsd } from "@/lib/format";
import type { Citation } from "@/lib/views/citation";

/** Headline figures for one company; every number opens its source. */
export function KeyFigures({ row, citations }: { row: OverviewRow; citations: Record<string, Citation> }) {
  const cite = (key: string | undefined, text: string) =>
    key && citations[key] ? <CitedValue citation={citations[key]} citeKey={key} text={text} /> : text;
  return (
    <div className="grid-figures">
      <div className="figure-card">
        <div className="k">Latest BTC held</div>
        <div className="v">
          {row.latestHeld ? (
            cite(row.latestHeld.facts[0]?.key, `${formatNumber(row.latestHeld.value)} BTC`)
          ) : (
            <span className="gap">Not reported</span>
          )}
        </div>
        <div className="k">
          {row.heldFreshness ? <AsOf freshness={row.heldFreshness} /> : "No holdings series in the sources"}
        </div>
      </div>
      <div className="figure-card">
        <div className="k">Peak BTC held</div>
        <div className="v">
          {row.peakHeld ? (
            cite(row.peakHeld.facts[0]?.key, `${formatNumber(row.peakHeld.value)} BTC`)
          ) : (
            <span className="gap">—</span>
          )}
        </div>
        <div className="k">
          {row.peakHeld && row.changeFromPeak !== null
            ? `${formatDate(row.peakHeld.date)}; latest is ${formatPercent(row.changeFromPeak)} from peak`
            : "—"}
        </div>
      </div>
      <div className="figure-card">
        <div className="k">BTC sold, last 12 months</div>
        {row.soldLast12m.ok ? (
          <>
            <div className="v">{formatNumber(row.soldLast12m.sum.value)} BTC</div>
            <div className="k">
              <TrailingSumValue result={row.soldLast12m} citations={citations} unit="" />
            </div>
          </>
        ) : (
          <>
            <div className="v">
              <span className="gap">Not shown</span>
            </div>
            <div className="k">{capitalize(row.soldLast12m.reason)}.</div>
          </>
        )}
      </div>
      <div className="figure-card">
        <div className="k">Announced AI/HPC contract value</div>
        <div className="v">
          {row.contractValue ? formatUsd(row.contractValue.value) : <span className="gap">None announced</span>}
        </div>
        <div className="k">
          {row.contractValue
            ? `Sum of ${row.contractValue.count} signed contract${row.contractValue.count === 1 ? "" : "s"} (derived), each labelled on the quarterly figure`
            : "No AI/HPC contract in the sources"}
        </div>
      </div>
      <div className="figure-card">
        <div className="k">Contracted AI/HPC capacity</div>
        <div className="v">
          {row.contractedMw ? (
            cite(row.contractedMw.facts[0]?.key, `${formatNumber(row.contractedMw.value, 1)} MW`)
          ) : (
            <span className="gap">Not reported</span>
          )}
        </div>
        <div className="k">
          {row.contractedMw ? `Largest figure reported, ${formatDate(row.contractedMw.date)}` : "—"}
        </div>
      </div>
    </div>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
