import type { Metadata } from "next";
import { CompareFigure } from "@/components/compare/CompareFigure";
import { CompareControls } from "@/components/controls/CompareControls";
import { parseCompareState } from "@/lib/url/compare-state";
import { getCompareView } from "@/lib/views/compare-view";

export const metadata: Metadata = { title: "Compare miners" };

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { state, notices } = parseCompareState(await searchParams);
  const view = await getCompareView(state);
  return (
    <>
      <h1>Compare miners</h1>
      <p className="lede">
        Pick companies and a metric, change the lens, and share the link: every choice lives in the address, so a copied
        link reproduces this exact view.
      </p>
      {[...notices, ...view.notices].map((n) => (
        <p key={n} className="notice" role="status">
          {n}
        </p>
      ))}
      <CompareControls state={view.state} companies={view.companies} />
      <CompareFigure view={view} />
    </>
  );
}
