import Link from "next/link";
import { formatNumber, formatUsd } from "@/lib/format";

interface CohortRow {
  ticker: string;
  name: string;
  span: string;
  quarters: number;
  proceeds: { total: number; count: number } | null;
  sold: { total: number; count: number } | null;
  spend: { label: string; total?: number; count?: number } | null;
  contracts: number | null;
  caption: string;
}

/**
 * "Sold to fund AI?" for the whole cohort: per miner, cumulative sale proceeds against AI/HPC spending and
 * announced contracts over that miner's own quarters, with how many quarters each sum rests on. Rows cover
 * different quarters, so they are never added into one cohort total.
 */
export function CohortTable({ rows }: { rows: CohortRow[] }) {
  const covered = (v: { total?: number; count?: number } | null, money: boolean) =>
    v?.count ? (
      <>
        <span className="num">{money ? formatUsd(v.total ?? 0) : `${formatNumber(v.total ?? 0)} BTC`}</span>
        <br />
        <span className="muted small">
          {v.count} quarter{v.count === 1 ? "" : "s"}
        </span>
      </>
    ) : (
      <span className="gap">not reported</span>
    );
  return (
    <div className="table-wrap">
      <table className="data" id="cohort-table">
        <caption className="muted small" style={{ textAlign: "left", padding: "0.5rem 0.6rem" }}>
          Each row adds only that company&apos;s reported (or derived) quarters, and says how many; a missing quarter
          counts as missing, not zero. Rows cover different quarters, so they are not added across companies. Contract
          value is announced over multi-year terms, not cash received. The sources do not say which dollars paid for
          what.
        </caption>
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Quarters</th>
            <th scope="col" className="r">
              BTC sold
            </th>
            <th scope="col" className="r">
              Sale proceeds
            </th>
            <th scope="col" className="r">
              AI/HPC or total capex
            </th>
            <th scope="col" className="r">
              Contracts announced
            </th>
            <th scope="col">In words</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.ticker}>
              <th scope="row">
                <Link href={`/companies/${r.ticker}#quarters`}>{r.ticker}</Link>
              </th>
              <td className="small">{r.span}</td>
              <td className="r">{covered(r.sold, false)}</td>
              <td className="r">{covered(r.proceeds, true)}</td>
              <td className="r">
                {covered(r.spend, true)}
                {r.spend?.count ? (
                  <>
                    <br />
                    <span className="muted small">
                      {r.spend.label.startsWith("AI") ? "AI/HPC attributed" : "all purposes"}
                    </span>
                  </>
                ) : null}
              </td>
              <td className="r num">
                {r.contracts !== null ? formatUsd(r.contracts) : <span className="gap">none</span>}
              </td>
              <td className="small">
                <details>
                  <summary>Read</summary>
                  {r.caption}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
