import { notFound } from "next/navigation";
import { HeadlineFigure } from "@/components/charts/HeadlineFigure";
import { CohortTable } from "@/components/tables/CohortTable";
import { OverviewTable } from "@/components/tables/OverviewTable";
import { pageOverviewRows } from "@/lib/domain/overview-page";
import { sortOverviewRows } from "@/lib/domain/overview-sort";
import { formatDate } from "@/lib/format";
import { OVERVIEW_PAGE_SIZE, parseOverviewParams } from "@/lib/schemas/overview-params";

import { decodeViewSegment, OVERVIEW_VIEW } from "@/lib/url/view-segment";
import { getOverviewView } from "@/lib/views/overview-view";

const HEADLINE_MAX = 12;

// The overview at "/": proxy.ts maps "/" and "/?sort=…" here. Rendered once per data version, like the company
// page (see app/(site)/companies/[ticker]/[[...view]]); nothing at build time.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default async function OverviewPage({ params: route }: { params: Promise<{ view?: string[] }> }) {
  const raw = decodeViewSegment((await route).view, OVERVIEW_VIEW);
  if (!raw) notFound();
  const { params, notices } = parseOverviewParams(raw);
  const view = await getOverviewView();
  const sorted = sortOverviewRows(view.rows, params.sort, params.dir);
  const paged = pageOverviewRows(sorted, params.q, params.page, OVERVIEW_PAGE_SIZE);
  // A figure with hundreds of lines reads as noise: past a dozen companies it shows the largest treasuries.
  const shown = new Set(sorted.slice(0, HEADLINE_MAX).map((r) => r.company.ticker));
  const headline = view.series.length > HEADLINE_MAX ? view.series.filter((s) => shown.has(s.ticker)) : view.series;
  const latest = view.rows
    .map((r) => r.latestSourceDate)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  return (
    <>
      <h1>Bitcoin miners are pivoting to AI. Here is what their filings, releases and the news say.</h1>
      <p className="lede">
        For each public miner: how its bitcoin treasury moves — sold down at some, still growing at others — while its
        AI and high-performance-computing contracts grow. {view.observationCount.toLocaleString("en-US")} cited
        observations: {view.tierCounts.filing.toLocaleString("en-US")} from SEC filings,{" "}
        {view.tierCounts.company.toLocaleString("en-US")} from company releases and{" "}
        {view.tierCounts.secondary.toLocaleString("en-US")} from news quoting the companies (shown as lower confidence).
        Every number opens its source.
      </p>
      {notices.map((n) => (
        <p key={n} className="notice" role="status">
          {n}
        </p>
      ))}
      <HeadlineFigure
        companies={headline}
        citations={view.citations}
        sourceLine={`Sources: ${view.tierCounts.filing} figures from SEC filings, ${view.tierCounts.company} from company releases, ${view.tierCounts.secondary} from news; latest source dated ${latest ? formatDate(latest) : "—"}. MinerPivot.`}
      />
      <h2 id="sold-to-fund-ai">Sold to fund AI?</h2>
      <p className="muted small">
        Per miner, from its own quarterly figures: bitcoin sold and the dollars it brought in, against AI/HPC (or total)
        capital spending and the AI/HPC contracts it announced. Each company page draws the same quarters.
      </p>
      <CohortTable rows={view.cohort} />
      <h2 id="companies">Every tracked miner</h2>
      <OverviewTable
        rows={paged.rows}
        total={paged.total}
        page={paged.page}
        pages={paged.pages}
        citations={view.citations}
        params={params}
      />
    </>
  );
}
