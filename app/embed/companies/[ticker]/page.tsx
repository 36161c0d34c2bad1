import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PivotSection } from "@/components/company/PivotSection";
import { parseCompanyParams } from "@/lib/schemas/company-params";
import { parseTicker } from "@/lib/schemas/ticker";
import { getCompanyView } from "@/lib/views/company-view";

export const metadata: Metadata = { title: "MinerPivot chart", robots: { index: false } };

type Props = {
  params: Promise<{ ticker: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EmbedCompanyPage({ params, searchParams }: Props) {
  const ticker = parseTicker((await params).ticker);
  if (!ticker) notFound();
  const view = await getCompanyView(ticker, parseCompanyParams(await searchParams).params);
  if (!view) notFound();
  return (
    <>
      <PivotSection view={view} embed />
      <p className="embed-link">
        <a href={`/companies/${ticker}`} target="_blank" rel="noopener">
          Open {view.company.name} on MinerPivot
        </a>
      </p>
    </>
  );
}
