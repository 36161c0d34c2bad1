import "server-only";
import { getPrisma } from "./client";

export const CHANGE_KINDS = ["new-figure", "revised-figure", "new-filing", "new-event"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeEntry {
  id: number;
  ticker: string;
  companyName: string;
  kind: ChangeKind;
  at: string;
  metric: string | null;
  periodEnd: string | null;
  periodType: string | null;
  unit: string | null;
  oldValue: number | null;
  newValue: number | null;
  source: { url: string; kind: string; date: string | null };
  oldSource: { url: string; kind: string; date: string | null } | null;
  /** A new event's title. */
  title: string | null;
}

/** Recorded changes, newest first (lib/ingest/changes.ts writes them with each refresh's imports). */
export async function getChanges(filter: {
  ticker?: string;
  kind?: ChangeKind;
  limit: number;
}): Promise<ChangeEntry[]> {
  const rows = await getPrisma().change.findMany({
    where: {
      ...(filter.ticker ? { company: { ticker: filter.ticker } } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    include: { company: { select: { ticker: true, name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: filter.limit,
  });
  return rows.map((r) => ({
    id: r.id,
    ticker: r.company.ticker,
    companyName: r.company.name,
    kind: r.kind as ChangeKind,
    at: r.at,
    metric: r.metric,
    periodEnd: r.periodEnd,
    periodType: r.periodType,
    unit: r.unit,
    oldValue: r.oldValue,
    newValue: r.newValue,
    source: { url: r.sourceUrl, kind: r.sourceKind, date: r.sourceDate },
    oldSource: r.oldSourceUrl ? { url: r.oldSourceUrl, kind: r.oldSourceKind ?? "", date: r.oldSourceDate } : null,
    title: r.title,
  }));
}
