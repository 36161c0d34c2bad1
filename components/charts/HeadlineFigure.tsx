import Link from "next/link";
import { timeDomain } from "@/lib/domain/chart-rows";
import type { CumulativePoint, SeriesPoint } from "@/lib/domain/series";
import { formatNumber, formatUsd } from "@/lib/format";
import { ChartFrame } from "./ChartFrame";
import { HeadlineChart } from "./HeadlineChart";

export interface HeadlineCompany {
  ticker: string;
  name: string;
  color: string;
  held: SeriesPoint[];
  contracts: CumulativePoint[];
}

/** The overview's figure: treasuries above, announced AI/HPC contract value below, one time axis. */
export function HeadlineFigure({ companies, sourceLine }: { companies: HeadlineCompany[]; sourceLine: string }) {
  const withHeld = companies.filter((c) => c.held.some((p) => p.value !== null));
  const withContracts = companies.filter((c) => c.contracts.length > 0);
  const domain = timeDomain([
    ...withHeld.map((c) => ({ points: c.held })),
    ...withContracts.map((c) => ({ points: c.contracts })),
  ]) ?? [0, 1];
  const noHeld = companies.filter((c) => !withHeld.includes(c)).map((c) => c.ticker);
  return (
    <ChartFrame
      id="headline"
      title="Bitcoin treasuries vs AI/HPC contracts, by miner"
      subtitle="Top: BTC held at each reported date. Bottom: running total of announced AI/HPC contract value (derived from cited contracts). Lines break where a company stops reporting for more than a quarter."
      source={sourceLine}
      dataTable={<HeadlineTable companies={companies} />}
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
      <HeadlineChart
        title="BTC held by miner"
        unit="BTC"
        domain={domain}
        height={300}
        series={withHeld.map((c) => ({ ticker: c.ticker, color: c.color, points: c.held }))}
      />
      {noHeld.length ? (
        <p className="small muted">No holdings series reported (sells what it mines): {noHeld.join(", ")}.</p>
      ) : null}
      <h3 className="small muted" style={{ margin: "0.75rem 0 0.25rem" }}>
        Announced AI/HPC contract value, running total
      </h3>
      <HeadlineChart
        title="Announced AI/HPC contract value by miner"
        unit="USD"
        domain={domain}
        height={220}
        step
        series={withContracts.map((c) => ({ ticker: c.ticker, color: c.color, points: c.contracts }))}
      />
    </ChartFrame>
  );
}

function HeadlineTable({ companies }: { companies: HeadlineCompany[] }) {
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
            ...c.held
              .filter((p) => p.value !== null)
              .map((p) => (
                <tr key={`${c.ticker}-h-${p.date}`}>
                  <td>{c.ticker}</td>
                  <td>BTC held</td>
                  <td>{p.date}</td>
                  <td className="r num">{formatNumber(p.value!)}</td>
                </tr>
              )),
            ...c.contracts.map((p) => (
              <tr key={`${c.ticker}-c-${p.date}-${p.eventId}`}>
                <td>{c.ticker}</td>
                <td>Contract value, running total</td>
                <td>{p.date}</td>
                <td className="r num">{formatUsd(p.value)}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}
