import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PivotQuartersSection } from "@/components/company/PivotQuartersSection";
import { PivotSection } from "@/components/company/PivotSection";
import { parseCompanyParams } from "@/lib/schemas/company-params";
import { parseTicker } from "@/lib/schemas/ticker";
import { decodeViewSegment, EMBED_COMPANY_VIEW } from "@/lib/url/view-segment";
import { getCompanyView } from "@/lib/views/company-view";

export const metadata: Metadata = { title: "MinerPivot chart", robots: { index: false } };

type Props = { params: Promise<{ ticker: string; view?: string[] }> };

// Rendered once per data version, like the company page (see app/(site)/companies/[ticker]/[[...view]]).
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default async function EmbedCompanyPage({ params }: Props) {
  const route = await params;
  const ticker = parseTicker(route.ticker);
  const query = decodeViewSegment(route.view, EMBED_COMPANY_VIEW);
  if (!ticker || !query) notFound();
  const view = await getCompanyView(ticker, parseCompanyParams(query).params);
  if (!view) notFound();
  // The quarterly pivot by default; ?view=dates embeds the every-reported-date chart with its controls.
  const dates = query.view === "dates";
  return (
    <>
      {dates ? <PivotSection view={view} embed /> : <PivotQuartersSection view={view} embed />}
      <p className="embed-link">
        <a href={`/companies/${ticker}`} target="_blank" rel="noopener">
          Open {view.company.name} on MinerPivot (opens in a new tab)
        </a>
      </p>
    </>
  );
}
