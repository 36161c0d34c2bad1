import "server-only";
import type { MetricId, PeriodType } from "../domain/metrics";
import type { SourceTier } from "../domain/source-tiers";
import type { SourcedValue, SourceRef } from "../domain/types";
import { getPrisma } from "./client";
import { toSourcedValue, toSourceRef } from "./row-mapping";

const withSource = { source: true, company: { select: { ticker: true } } } as const;

/** Every observation (optionally of one company, optionally only some metrics) with its source. */
export async function getSourcedValues(ticker?: string, metrics?: readonly MetricId[]): Promise<SourcedValue[]> {
  const rows = await getPrisma().observation.findMany({
    where: { ...(ticker ? { company: { ticker } } : {}), ...(metrics ? { metric: { in: [...metrics] } } : {}) },
    include: withSource,
    orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => toSourcedValue({ ...r, ticker: r.company.ticker }, toSourceRef(r.source)));
}

export interface RevisionEntry {
  observationId: number;
  metric: MetricId;
  periodEnd: string;
  periodType: PeriodType;
  source: SourceRef;
  oldValue: number;
  newValue: number;
  at: string;
  importRunId: number;
}

/** Value changes recorded by re-imports, keyed by observation. */
export async function getRevisions(ticker: string): Promise<RevisionEntry[]> {
  const rows = await getPrisma().revision.findMany({
    where: { observation: { company: { ticker } } },
    include: { observation: { include: { source: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    observationId: r.observationId,
    metric: r.observation.metric as MetricId,
    periodEnd: r.observation.periodEnd,
    periodType: r.observation.periodType as PeriodType,
    source: toSourceRef(r.observation.source),
    oldValue: r.oldValue,
    newValue: r.newValue,
    at: r.createdAt.toISOString(),
    importRunId: r.importRunId,
  }));
}

/** Publication date of each company's newest dated source, in one aggregate query. */
export async function getLatestSourceDates(): Promise<Map<string, string>> {
  const rows = await getPrisma().$queryRaw<{ ticker: string; latest: string | null }[]>`
    SELECT c.ticker AS ticker, MAX(s.date) AS latest
    FROM Observation o JOIN Source s ON s.id = o.sourceId JOIN Company c ON c.id = o.companyId
    GROUP BY c.ticker`;
  return new Map(rows.filter((r) => r.latest).map((r) => [r.ticker, r.latest as string]));
}

/** Publication date of one company's newest dated source. */
export async function getLatestSourceDate(ticker: string): Promise<string | null> {
  const r = await getPrisma().source.aggregate({
    _max: { date: true },
    where: { observations: { some: { company: { ticker } } } },
  });
  return r._max.date ?? null;
}

/** How many stored observations rest on each source tier, for claims about the data as a whole. */
export async function getTierCounts(): Promise<Record<SourceTier, number>> {
  const rows = await getPrisma().$queryRaw<{ tier: string; n: bigint | number }[]>`
    SELECT s.tier AS tier, COUNT(*) AS n FROM Observation o JOIN Source s ON s.id = o.sourceId GROUP BY s.tier`;
  const out: Record<SourceTier, number> = { filing: 0, company: 0, secondary: 0 };
  for (const r of rows) if (r.tier in out) out[r.tier as SourceTier] = Number(r.n);
  return out;
}

export function getObservationCount(): Promise<number> {
  return getPrisma().observation.count();
}
