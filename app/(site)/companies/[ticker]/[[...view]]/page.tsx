import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyNotes } from "@/components/company/CompanyNotes";
import { KeyFigures } from "@/components/company/KeyFigures";
import { PivotQuartersSection } from "@/components/company/PivotQuartersSection";
import { PivotSection } from "@/components/company/PivotSection";
import { RevisionHistory } from "@/components/company/RevisionHistory";
import { TrajectorySection } from "@/components/company/TrajectorySection";
import { PeriodMetricTable } from "@/components/tables/PeriodMetricTable";
import { parseCompanyParams } from "@/lib/schemas/company-params";
import { parseTicker } from "@/lib/schemas/ticker";
import { companyHref } from "@/lib/url/company-state";
import { COMPANY_VIEW, decodeViewSegment } from "@/lib/url/view-segment";
import { getCompanyView } from "@/lib/views/company-view";

/** Enough for two to three years of monthly and quarterly rows; older periods are one click away. */
const RECENT_PERIODS = 12;

type Props = { params: Promise<{ ticker: string; view?: string[] }> };

// Rendered on first request and kept until the data changes (lib/cache/data-cache.ts: DATA_TAG, revalidated by
// every import; 300 s = DATA_REVALIDATE_SECONDS as a safety net). Nothing is rendered at build time, so a build
// needs no database. Each view (proxy.ts maps ?cadence=… to the [[...view]] segment) is its own cached page.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ticker = parseTicker((await params).ticker);
  return {
    title: ticker ?? "Unknown company",
    ...(ticker ? { alternates: { types: { "application/atom+xml": `/companies/${ticker}/feed.xml` } } } : {}),
  };
}

export default async function CompanyPage({ params }: Props) {
  const route = await params;
  const ticker = parseTicker(route.ticker);
  const raw = decodeViewSegment(route.view, COMPANY_VIEW);
  if (!ticker || !raw) notFound();
  const { params: query, notices } = parseCompanyParams(raw);
  const view = await getCompanyView(ticker, query);
  if (!view) notFound();
  const { company } = view;
  // Every link on the page keeps the rest of the page's state (lib/url/company-state.ts).
  const link = (patch: Partial<typeof query>, hash?: string) =>
    companyHref(company.ticker, view.params as typeof query, patch, {
      defaultCommitment: view.commitments[0] ?? null,
      hash,
    });
  return (
    <>
      <p className="small muted" style={{ marginTop: "1rem" }}>
        <Link href="/">Overview</Link> / {company.ticker}
      </p>
      <h1>
        {company.name}{" "}
        <span className="muted">
          ({company.exchange}: {company.ticker})
        </span>
      </h1>
      <p className="lede">
        {company.formerNames ? `Formerly ${company.formerNames}. ` : ""}
        {company.cik ? (
          <>
            SEC CIK{" "}
            <a
              href={`https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${company.cik}`}
              rel="noopener noreferrer nofollow"
              target="_blank"
            >
              {company.cik}
            </a>
            .{" "}
          </>
        ) : null}
        {view.observationCount} cited observations.{" "}
        <Link href={`/changes?company=${company.ticker}`}>What changed</Link> (
        <a href={`/companies/${company.ticker}/feed.xml`}>Atom feed</a>).
      </p>
      {query.filings ? (
        <p className="notice" role="status">
          Filings only: figures and events from company releases and news are hidden on this page.{" "}
          <Link href={link({ filings: false })}>Show all sources</Link>
        </p>
      ) : (
        <p className="small">
          <Link href={link({ filings: true })}>Show only figures from SEC filings</Link>
        </p>
      )}
      {notices.map((n) => (
        <p key={n} className="notice" role="status">
          {n}
        </p>
      ))}
      <KeyFigures row={view.keyFigures} citations={view.citations} />
      <PivotQuartersSection view={view} />
      <PivotSection view={view} />
      <TrajectorySection view={view} />
      <h2>Definitions and caveats</h2>
      <CompanyNotes notes={view.notes} fiscalYearEnd={company.fiscalYearEnd} />
      <h2 id="figures">Every reported figure</h2>
      <p className="muted small">
        Hover, focus or click a number for its source: form, date, tier and the quoted words. Month, quarter,
        year-to-date and year figures are separate rows and are never summed into one another.
      </p>
      <PeriodMetricTable
        facts={view.tableFacts}
        citations={view.citations}
        limit={query.periods === "all" ? undefined : RECENT_PERIODS}
        showAllHref={link({ periods: "all" }, "figures")}
      />
      <RevisionHistory revisions={view.revisions} />
    </>
  );
}
