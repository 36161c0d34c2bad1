import { getMetric, type PeriodType, type Unit } from "../domain/metrics";
import { type SourceKind, tierOfKind } from "../domain/source-tiers";
import { formatDate, formatNumber, formatPeriod } from "../format";

/** What a change says in words, the same on /changes and in the feeds. */
export interface ChangeLike {
  ticker: string;
  kind: string;
  metric: string | null;
  periodEnd: string | null;
  periodType: string | null;
  unit: string | null;
  oldValue: number | null;
  newValue: number | null;
  source: { kind: string; date: string | null };
  title?: string | null;
}

export function changeTitle(c: ChangeLike): string {
  const metric = c.metric ? (getMetric(c.metric)?.label ?? c.metric) : "";
  const period = c.periodEnd && c.periodType ? formatPeriod(c.periodEnd, c.periodType as PeriodType) : "";
  // Exact, not rounded: a revision from 18,032,898 to 18,532,898 must not read "$18M to $18.5M".
  const value = (v: number | null) => (v === null ? "—" : `${formatNumber(v)} ${(c.unit ?? "") as Unit}`.trim());
  // A filing is filed; a release or an article is dated.
  const isFiling = tierOfKind(c.source.kind.replace(/\/A$/, "") as SourceKind) === "filing";
  const filed = `${c.source.kind}${c.source.date ? ` ${isFiling ? "filed" : "dated"} ${formatDate(c.source.date)}` : ""}`;
  if (c.kind === "new-filing") return `${c.ticker}: new ${filed}`;
  if (c.kind === "new-event") return `${c.ticker}: ${c.title ?? "new event"} (${filed})`;
  if (c.kind === "revised-figure")
    return `${c.ticker}: ${metric}, ${period} revised from ${value(c.oldValue)} to ${value(c.newValue)} (${filed})`;
  return `${c.ticker}: ${metric}, ${period}: ${value(c.newValue)} (${filed})`;
}

export const CHANGE_KIND_LABELS: Record<string, string> = {
  "new-figure": "New figure",
  "revised-figure": "Revised figure",
  "new-filing": "New filing or release",
  "new-event": "New event",
};
