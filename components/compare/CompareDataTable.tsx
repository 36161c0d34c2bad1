import { getMetric } from "@/lib/domain/metrics";
import { formatLensValue, formatUsd, formatValue } from "@/lib/format";
import type { CompareView } from "@/lib/views/compare-view";

/** Exactly the charted points, one row per point, with the source of each. */
export function CompareDataTable({ view }: { view: CompareView }) {
  const rows = view.series.flatMap((s) =>
    s.points
      .filter((p) => p.value !== null)
      .map((p) => ({
        s,
        p,
        c: p.factKey ? view.citations[p.factKey] : undefined,
        price: typeof p.priceRef === "number" ? view.prices[p.priceRef] : undefined,
      })),
  );
  const unit = (axis: "left" | "right") =>
    axis === "right" && view.axes.right ? view.axes.right.unit : view.axes.left.unit;
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Series</th>
            <th scope="col">Date</th>
            <th scope="col" className="r">
              Charted value
            </th>
            <th scope="col" className="r">
              Reported
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ s, p, c, price }) => (
            <tr key={`${s.key}-${p.date}`}>
              <td>{s.label}</td>
              <td>
                {s.metric === "hpc_contract_value_usd" ? "Contract value, running total" : getMetric(s.metric)?.label}
              </td>
              <td>{p.date}</td>
              <td className="r num">{formatLensValue(p.value!, unit(s.axis))}</td>
              <td className="r num">
                {price && p.btc != null
                  ? formatValue(p.btc, "BTC")
                  : p.raw !== null
                    ? formatValue(p.raw, getMetric(s.metric)?.unit ?? "USD")
                    : "—"}
              </td>
              <td>
                {c && !c.derivation ? (
                  <a href={c.source.url} target="_blank" rel="noopener noreferrer nofollow">
                    {c.source.kind}
                    {c.source.date ? `, ${c.source.date}` : ""}
                  </a>
                ) : p.derivation && s.metric !== "hpc_contract_value_usd" ? (
                  `Derived: ${p.derivation}`
                ) : s.metric === "hpc_contract_value_usd" ? (
                  "Derived: running total of cited contracts (see events)"
                ) : (
                  "—"
                )}
                {price ? (
                  <>
                    {" "}
                    × price {formatUsd(price.closeUsd)} (
                    <a href={price.source.url} target="_blank" rel="noopener noreferrer nofollow">
                      {price.source.kind}
                    </a>
                    )
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
