import Link from "next/link";
import type { ExportSpec } from "@/components/export/export-spec";
import { CitedValue } from "@/components/ui/CitedValue";
import { SourceLine } from "@/components/ui/SourceLine";
import { timeDomain } from "@/lib/domain/chart-rows";
import type { CumulativePoint, SeriesPoint } from "@/lib/domain/series";
import type { SourceRef } from "@/lib/domain/types";
import { formatNumber, formatUsd } from "@/lib/format";
import { seriesApiHref } from "@/lib/url/api-href";
import { compareHref, DEFAULT_COMPARE_STATE } from "@/lib/url/compare-state";
import type { Citation } from "@/lib/views/citation";
import { ChartFrame } from "./ChartFrame";
import { StaticLineChart } from "./StaticLineChart";

export interface HeadlineCompany {
  ticker: string;
  name: string;
  color: string;
  held: SeriesPoint[];
  /** Holdings on the company's other basis, drawn dotted beside the main line, never joined to it. */
  heldOther?: { label: string; points: SeriesPoint[] }[];
  contracts: CumulativePoint[];
  /** The contract behind each step of the running total, by event id. */
  contractSources?: Record<number, { title: string; valueUsd: number; source: SourceRef }>;
}

/** The overview's figure: treasuries above, announced AI/HPC contract value below, one time axis. */
export function HeadlineFigure({
  companies,
  sourceLine,
  citations,
}: {
  companies: HeadlineCompany[];
  sourceLine: string;
  /** Citations of the drawn holdings, keyed as their points' factKey (source cards open from the data table). */
  citations: Record<string, Citation>;
}) {
  const withHeld = companies.filter((c) => c.held.some((p) => p.value !== null));
  const withContracts = companies.filter((c) => c.contracts.length > 0);
  const domain = timeDomain([
    ...withHeld.map((c) => ({ points: c.held })),
    ...withContracts.map((c) => ({ points: c.contracts })),
  ]) ?? [0, 1];
  const noHeld = companies.filter((c) => !withHeld.includes(c)).map((c) => c.ticker);
  const title = "Bitcoin treasuries vs AI/HPC contracts, by miner";
  const subtitle =
    "Top: BTC held at each reported date; dotted: the same company's count on another definition (e.g. before restricted or pledged BTC was included), never joined. Bottom: running total of announced AI/HPC contract value (derived from cited contracts). Lines break where a company stops reporting for more than a quarter.";
  const heldProps = {
    title: "BTC held by miner",
    unit: "BTC" as const,
    domain,
    series: withHeld.flatMap((c) => [
      { ticker: c.ticker, color: c.color, points: c.held },
      ...(c.heldOther ?? []).map((h) => ({
        ticker: `${c.ticker} (${h.label})`,
        color: c.color,
        dash: "2 3",
        points: h.points,
      })),
    ]),
  };
  const contractProps = {
    title: "Announced AI/HPC contract value by miner",
    unit: "USD" as const,
    domain,
    step: true,
    series: withContracts.map((c) => ({ ticker: c.ticker, color: c.color, points: c.contracts })),
  };
  const state = {
    ...DEFAULT_COMPARE_STATE,
    companies: companies.map((c) => c.ticker),
    vs: "hpc_contract_value_usd" as const,
  };
  const dates = companies
    .flatMap((c) => [...c.held.filter((p) => p.value !== null), ...c.contracts].map((p) => p.date))
    .sort();
  const exportSpec: ExportSpec = {
    id: "headline",
    figure: { title, subtitle, legend: companies.map((c) => ({ label: c.ticker, color: c.color })), sourceLine },
    permalinkPath: "/",
    embedPath: compareHref(state, "/embed/compare"),
    chart: {
      type: "headline",
      panels: [
        { label: "BTC held", share: 3, props: heldProps },
        { label: "Announced AI/HPC contract value, running total", share: 2, props: contractProps },
      ],
    },
    filename: { subject: "miners", what: "BTC held vs AI/HPC", from: dates[0] ?? null, to: dates.at(-1) ?? null },
    csvHref: seriesApiHref(state, "csv"),
    jsonHref: seriesApiHref(state, "json"),
  };
  return (
    <ChartFrame
      id="headline"
      title={title}
      subtitle={subtitle}
      exportSpec={exportSpec}
      source={sourceLine}
      dataTable={<HeadlineTable companies={companies} citations={citations} />}
    >
      <ul className="chart-legend" aria-label="Companies">
        {companies.map((c) => (
          <li key={c.ticker}>
            <span className="swatch line" style={{ background: c.color }} aria-hidden="true" />
            <Link href={`/companies/${c.ticker}`}>{c.ticker}</Link>
          </li>
        ))}
      </ul>
      <h3 className="small muted" style={{ margin: "0.75rem 0 0.25rem" }}>
        BTC held
      </h3>
      <StaticLineChart {...heldProps} height={300} />
      {noHeld.length ? (
        <p className="small muted">No holdings series reported (sells what it mines): {noHeld.join(", ")}.</p>
      ) : null}
      <h3 className="small muted" style={{ margin: "0.75rem 0 0.25rem" }}>
        Announced AI/HPC contract value, running total
      </h3>
      <StaticLineChart {...contractProps} height={220} />
    </ChartFrame>
  );
}

function HeadlineTable({
  companies,
  citations,
}: {
  companies: HeadlineCompany[];
  citations: Record<string, Citation>;
}) {
  const held = (ticker: string, series: string, points: SeriesPoint[]) =>
    points
      .filter((p) => p.value !== null)
      .map((p) => (
        <tr key={`${series}-${p.date}`}>
          <td>{ticker}</td>
          <td>{series}</td>
          <td>{p.date}</td>
          <td className="r num">
            {p.factKey && citations[p.factKey] ? (
              <CitedValue citation={citations[p.factKey]} citeKey={p.factKey} text={formatNumber(p.value!)} />
            ) : (
              formatNumber(p.value!)
            )}
          </td>
        </tr>
      ));
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Series</th>
            <th scope="col">Date</th>
            <th scope="col" className="r">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {companies.flatMap((c) => [
            ...held(c.ticker, "BTC held", c.held),
            ...(c.heldOther ?? []).flatMap((h) => held(c.ticker, `BTC held (${h.label})`, h.points)),
            ...c.contracts.map((p) => {
              const contract = c.contractSources?.[p.eventId];
              return (
                <tr key={`${c.ticker}-c-${p.date}-${p.eventId}`}>
                  <td>{c.ticker}</td>
                  <td>
                    Contract value, running total (derived)
                    {contract ? (
                      <span className="small" style={{ display: "block" }}>
                        + {formatUsd(contract.valueUsd)}: {contract.title} — <SourceLine source={contract.source} />
                      </span>
                    ) : null}
                  </td>
                  <td>{p.date}</td>
                  <td className="r num">{formatUsd(p.value)}</td>
                </tr>
              );
            }),
          ])}
        </tbody>
      </table>
    </div>
  );
}
