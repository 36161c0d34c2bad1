import { CitedValue } from "@/components/ui/CitedValue";
import type { TrailingSum } from "@/lib/domain/trailing-sum";
import { formatNumber } from "@/lib/format";
import type { Citation } from "@/lib/views/citation";
import { AsOf } from "./AsOf";

/**
 * A 12-month sum with its exact period and as-of date, each added period cited; or a dash whose reason is
 * readable on hover and keyboard focus (a figure that is not shown still says why).
 */
export function TrailingSumValue({
  result,
  citations,
  unit,
  detail = true,
}: {
  result: TrailingSum;
  citations: Record<string, Citation>;
  unit: string;
  detail?: boolean;
}) {
  if (!result.ok) {
    return (
      <span className="gap" title={`Not shown: ${result.reason}`}>
        —<br />
        <span className="small">{result.short}</span>
        {result.latest ? (
          <>
            <br />
            <span className="small">
              latest: {formatNumber(result.latest.value)} in {result.latest.label}
              {result.latest.derived ? " (derived)" : ""}
            </span>
          </>
        ) : null}
      </span>
    );
  }
  const { sum } = result;
  return (
    <>
      <span className="num">
        {formatNumber(sum.value)}
        {unit ? ` ${unit}` : ""}
      </span>
      <br />
      <span className="muted small">{sum.periodLabel}</span>
      {detail ? (
        <>
          <br />
          <span className="muted small">
            {sum.derivation}:{" "}
            {sum.parts.map((p, i) => (
              <span key={p.key}>
                {i > 0 ? " + " : ""}
                {citations[p.key] ? (
                  <CitedValue citation={citations[p.key]} citeKey={p.key} text={formatNumber(p.value)} />
                ) : (
                  formatNumber(p.value)
                )}
              </span>
            ))}
          </span>
          <br />
          <AsOf freshness={sum.freshness} short />
        </>
      ) : sum.freshness.stale ? (
        <>
          <br />
          <AsOf freshness={sum.freshness} short />
        </>
      ) : null}
    </>
  );
}
