import type { Metadata } from "next";
import { CompareFigure } from "@/components/compare/CompareFigure";
import { compareHref, parseCompareState } from "@/lib/url/compare-state";
import { getCompareView } from "@/lib/views/compare-view";

export const metadata: Metadata = { title: "MinerPivot chart", robots: { index: false } };

export default async function EmbedComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { state } = parseCompareState(await searchParams);
  const view = await getCompareView(state);
  return (
    <>
      <CompareFigure view={view} embed />
      <p className="embed-link">
        <a href={compareHref(view.state)} target="_blank" rel="noopener">
          Open this view on MinerPivot (opens in a new tab)
        </a>
      </p>
    </>
  );
}
