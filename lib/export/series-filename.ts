import { getMetric } from "../domain/metrics";
import type { CompareView } from "../views/compare-view";
import { buildExportFilename } from "./filename";

type View = Pick<CompareView, "state" | "series">;

/** Subject, content and period of a series view: what its exported files are named after. */
export function seriesExportParts(view: View): {
  subject: string;
  what: string;
  from: string | null;
  to: string | null;
} {
  const dates = view.series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.date)).sort();
  const { state } = view;
  const metric = (m: string) => (m === "hpc_contract_value_usd" ? "AI/HPC" : (getMetric(m)?.shortLabel ?? m));
  const what = [
    state.view === "trajectory" ? "pivot trajectory" : metric(state.metric),
    state.view === "time" && state.vs ? `vs ${metric(state.vs)}` : null,
    state.usd ? "usd" : null,
    state.view === "time" && state.lens !== "absolute" ? state.lens : null,
  ]
    .filter(Boolean)
    .join(" ");
  const subject = state.companies.length <= 3 ? state.companies.join(" ") : `${state.companies.length} miners`;
  return { subject, what, from: dates[0] ?? null, to: dates.at(-1) ?? null };
}

/** The deterministic file name of a series view, shared by page downloads and the API. */
export function seriesExportFilename(view: View, ext: string, suffix?: string): string {
  return buildExportFilename({ ...seriesExportParts(view), ext, suffix });
}
