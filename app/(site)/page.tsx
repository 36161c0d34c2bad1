import { HeadlineFigure } from "@/components/charts/HeadlineFigure";
import { OverviewTable } from "@/components/tables/OverviewTable";
import { sortOverviewRows } from "@/lib/domain/overview-sort";
import { formatDate } from "@/lib/format";
import { parseOverviewParams } from "@/lib/schemas/overview-params";
import { getOverviewView } from "@/lib/views/overview-view";

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { params, notices } = parseOverviewParams(await searchParams);
  const view = await getOverviewView();
  const rows = sortOverviewRows(view.rows, params.sort, params.dir);
  const latest = view.rows
    .map((r) => r.latestSourceDate)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  return (
    <>
      <h1>Bitcoin miners are pivoting to AI. Here is what their filings say.</h1>
      <p className="lede">
        For each public miner: how its bitcoin treasury moves — sold down at some, still growing at others — while its
        AI and high-performance-computing contracts grow. {view.observationCount} cited observations from SEC filings,
        company releases and news quoting the companies; every number opens its source.
      </p>
      {notices.map((n) => (
        <p key={n} className="notice" role="status">
          {n}
        </p>
      ))}
      <HeadlineFigure
        companies={view.series}
        sourceLine={`Sources: SEC filings, company releases and news quoting the companies; latest source dated ${latest ? formatDate(latest) : "—"}. MinerPivot.`}
      />
      <h2 id="companies">Every tracked miner</h2>
      <OverviewTable rows={rows} citations={view.citations} params={params} />
    </>
  );
}
