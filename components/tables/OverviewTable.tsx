import Link from "next/link";
import { Sparkline } from "@/components/charts/Sparkline";
import { AsOf } from "@/components/ui/AsOf";
import { CitedValue } from "@/components/ui/CitedValue";
import { TrailingSumValue } from "@/components/ui/TrailingSumValue";
import type { OverviewRow } from "@/lib/domain/overview";
import { formatDate, formatNumber, formatPercent, formatUsd } from "@/lib/format";
import type { OverviewParams, OverviewSortKey } from "@/lib/schemas/overview-params";
import type { Citation } from "@/lib/views/citation";

const COLUMNS: { key: OverviewSortKey; label: string; numeric: boolean; hint?: string }[] = [
  { key: "company", label: "Company", numeric: false },
  { key: "held", label: "BTC held (latest)", numeric: true },
  { key: "peak_change", label: "Change from peak", numeric: true },
  {
    key: "sold",
    label: "BTC sold, last 12 months",
    numeric: true,
    hint: "The latest 12 months reported: 12 consecutive months or 4 consecutive quarters (reported or derived), never a mix or a gap. A dash says why when the months are not all reported.",
  },
  { key: "mw", label: "AI/HPC MW", numeric: true, hint: "Largest contracted capacity reported" },
  { key: "contract_value", label: "AI/HPC contract value", numeric: true, hint: "Sum of announced contracts" },
  { key: "source_date", label: "Latest source", numeric: true },
];

/** Every tracked company; sorting is a link (works without JavaScript and is shareable). */
export function OverviewTable({
  rows,
  total,
  page,
  pages,
  citations,
  params,
}: {
  rows: (OverviewRow & { color: string })[];
  total: number;
  page: number;
  pages: number;
  citations: Record<string, Citation>;
  params: OverviewParams;
}) {
  const href = (patch: Partial<OverviewParams>) => {
    const next = { ...params, page: 1, ...patch };
    const q = new URLSearchParams();
    if (next.sort !== "held" || next.dir !== "desc") {
      q.set("sort", next.sort);
      q.set("dir", next.dir);
    }
    if (next.q) q.set("q", next.q);
    if (next.page > 1) q.set("page", String(next.page));
    const s = q.toString();
    return `/${s ? `?${s}` : ""}#companies`;
  };
  const sortHref = (key: OverviewSortKey) =>
    href({ sort: key, dir: params.sort === key && params.dir === "desc" ? "asc" : "desc" });
  const cite = (key: string | undefined, text: string) =>
    key && citations[key] ? <CitedValue citation={citations[key]} citeKey={key} text={text} /> : text;
  return (
    <>
      <form className="table-search" action="/#companies" method="get">
        <label htmlFor="company-search">Find a company</label>
        <input
          id="company-search"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder="Ticker or name"
          maxLength={60}
        />
        {params.sort !== "held" || params.dir !== "desc" ? (
          <>
            <input type="hidden" name="sort" value={params.sort} />
            <input type="hidden" name="dir" value={params.dir} />
          </>
        ) : null}
        <button type="submit">Search</button>
        {params.q ? <Link href={href({ q: "" })}>Clear</Link> : null}
      </form>
      <div className="table-wrap">
        <table className="data" id="companies-table">
          <caption className="muted small" style={{ textAlign: "left", padding: "0.5rem 0.6rem" }}>
            {total === rows.length ? `${total} companies` : `${total} companies, ${rows.length} on this page`}
            {params.q ? ` matching “${params.q}”` : ""}. Select a column heading to sort; companies without the figure
            stay last. Hover or focus a number for its source. Figures more than six months old are marked stale.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={`${c.numeric ? "r" : ""}${c.key === "company" ? " sticky-col" : ""}`}
                  aria-sort={params.sort === c.key ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
                  title={c.hint}
                >
                  <Link href={sortHref(c.key)} scroll={false}>
                    {c.label}
                    {params.sort === c.key ? (params.dir === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                </th>
              ))}
              <th scope="col">BTC held trend</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.company.ticker}>
                <th scope="row" className="sticky-col" style={{ fontWeight: 500 }}>
                  <span className="swatch" style={{ background: r.color, marginRight: "0.4rem" }} aria-hidden="true" />
                  <Link href={`/companies/${r.company.ticker}`}>
                    <strong>{r.company.ticker}</strong>
                  </Link>{" "}
                  <span className="muted small company-name">{r.company.name}</span>
                </th>
                <td className="r">
                  {r.latestHeld ? (
                    <>
                      {cite(r.latestHeld.facts[0]?.key, formatNumber(r.latestHeld.value))}
                      <br />
                      {r.heldFreshness ? (
                        <AsOf freshness={r.heldFreshness} short />
                      ) : (
                        <span className="muted small">{formatDate(r.latestHeld.date)}</span>
                      )}
                    </>
                  ) : (
                    <span className="gap" title="The company does not report BTC holdings">
                      not reported
                    </span>
                  )}
                </td>
                <td className="r num">
                  {r.changeFromPeak !== null && r.peakHeld ? (
                    <>
                      {formatPercent(r.changeFromPeak)}
                      <br />
                      <span className="muted small">
                        peak {cite(r.peakHeld.facts[0]?.key, formatNumber(r.peakHeld.value))}
                      </span>
                    </>
                  ) : (
                    <span className="gap">—</span>
                  )}
                </td>
                <td className="r">
                  <TrailingSumValue result={r.soldLast12m} citations={citations} unit="" detail={false} />
                </td>
                <td className="r">
                  {r.contractedMw ? (
                    cite(r.contractedMw.facts[0]?.key, formatNumber(r.contractedMw.value, 1))
                  ) : (
                    <span className="gap">—</span>
                  )}
                </td>
                <td className="r num">
                  {r.contractValue ? (
                    <Link
                      href={`/companies/${r.company.ticker}#pivot`}
                      title="Contracts are listed, with sources, on the company page"
                    >
                      {formatUsd(r.contractValue.value)}
                    </Link>
                  ) : (
                    <span className="gap">—</span>
                  )}
                  {r.contractValue ? (
                    <span className="muted small">
                      <br />
                      {r.contractValue.count} contract{r.contractValue.count > 1 ? "s" : ""}
                    </span>
                  ) : null}
                </td>
                <td className="r num">{r.latestSourceDate ? formatDate(r.latestSourceDate) : "—"}</td>
                <td>
                  <Sparkline points={r.sparkline} color={r.color} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label="Pages of companies">
          {page > 1 ? <Link href={href({ page: page - 1 })}>← Previous</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={href({ page: page + 1 })}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
