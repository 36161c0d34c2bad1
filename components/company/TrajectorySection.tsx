import Link from "next/link";
import { ChartFrame } from "@/components/charts/ChartFrame";
import { LazyTrajectoryChart } from "@/components/charts/lazy";
import type { ExportSpec } from "@/components/export/export-spec";
import { formatNumber, formatUsd } from "@/lib/format";
import { seriesApiHref } from "@/lib/url/api-href";
import { compareHref, DEFAULT_COMPARE_STATE } from "@/lib/url/compare-state";
import type { CompanyView } from "@/lib/views/company-view";
import { tierMix } from "@/lib/views/pivot-figure";

/** The company's pivot path: BTC held against AI/HPC contract value announced so far. */
export function TrajectorySection({ view }: { view: CompanyView }) {
  const { company } = view;
  const trajectory = view.trajectory.points;
  const moved = trajectory.some((p) => p.x > 0);
  const title = `${company.ticker} pivot trajectory`;
  const subtitle = `Connected scatter in date order: BTC held (up) against the running total of announced AI/HPC contract value (right).${
    view.trajectory.omitted
      ? ` The ${view.trajectory.omitted} holdings figures reported before the first contract are not drawn (they would all sit at $0); the path starts at the last of them.`
      : ""
  }`;
  // The figure names its own sources (holdings and the contracts behind x), so it stands alone when exported.
  const sources = [
    ...trajectory.map((p) => (p.factKey ? view.citations[p.factKey]?.source : undefined)),
    ...view.events.filter((e) => e.kind === "contract" && e.valueUsd !== null).map((e) => e.source),
  ].filter((s) => s !== undefined);
  const sourceLine = `Sources: ${tierMix(sources) || "none"}; x is a running total of announced contracts (derived). MinerPivot.`;
  const series = [{ ticker: company.ticker, color: view.color, points: trajectory }];
  const state = { ...DEFAULT_COMPARE_STATE, companies: [company.ticker], view: "trajectory" as const };
  const exportSpec: ExportSpec = {
    id: "trajectory",
    figure: { title, subtitle, legend: [{ label: company.ticker, color: view.color }], sourceLine },
    permalinkPath: `/companies/${company.ticker}#trajectory`,
    embedPath: compareHref(state, "/embed/compare"),
    chart: { type: "trajectory", props: { title, series } },
    filename: {
      subject: company.ticker,
      what: "pivot trajectory",
      from: trajectory[0]?.date ?? null,
      to: trajectory.at(-1)?.date ?? null,
    },
    csvHref: seriesApiHref(state, "csv"),
    jsonHref: seriesApiHref(state, "json"),
  };
  return (
    <ChartFrame
      id="trajectory"
      headingLevel={2}
      title={title}
      subtitle={subtitle}
      source={sourceLine}
      exportSpec={trajectory.length ? exportSpec : undefined}
      dataTable={
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="r">
                  BTC held
                </th>
                <th scope="col" className="r">
                  Contracts announced to date
                </th>
              </tr>
            </thead>
            <tbody>
              {trajectory.map((p) => (
                <tr key={p.date}>
                  <td>{p.date}</td>
                  <td className="r num">{formatNumber(p.y)}</td>
                  <td className="r num">{formatUsd(p.x)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      {trajectory.length === 0 ? (
        <p className="muted">No trajectory: {company.ticker} reports no BTC holdings series.</p>
      ) : (
        <>
          {!moved ? (
            <p className="small muted">
              Every reported holding predates {company.ticker}&apos;s first announced contract, so the path has not
              moved right yet; a new holdings figure will show the pivot.
            </p>
          ) : null}
          <LazyTrajectoryChart title={title} series={series} height={320} />
        </>
      )}
      <p className="small">
        <Link
          href={compareHref({
            ...DEFAULT_COMPARE_STATE,
            companies: [company.ticker, ...DEFAULT_COMPARE_STATE.companies.filter((t) => t !== company.ticker)].slice(
              0,
              4,
            ),
            view: "trajectory",
          })}
        >
          Compare this trajectory with other miners
        </Link>
      </p>
    </ChartFrame>
  );
}
