import { isHoldingsBasis } from "../domain/holdings-basis";
import type { MetricId, PeriodType, Unit } from "../domain/metrics";
import type { SourceKind, SourceTier } from "../domain/source-tiers";
import type { ChartEvent, SourcedValue, SourceRef } from "../domain/types";

/**
 * Stored rows → domain values, shared by the pages' Prisma reads (lib/db) and the import's own reads
 * (lib/ingest/save-overview.ts), so both build the overview from identical values. Stored strings were validated
 * against the same enums on import, hence the casts.
 */
export function toSourceRef(s: { url: string; kind: string; date: string | null; tier: string }): SourceRef {
  return { url: s.url, kind: s.kind as SourceKind, date: s.date, tier: s.tier as SourceTier };
}

export function toSourcedValue(
  r: {
    id: number;
    ticker: string;
    metric: string;
    periodEnd: string;
    periodType: string;
    value: number;
    unit: string;
    quote: string;
    basis: string;
    derivation: string | null;
  },
  source: SourceRef,
): SourcedValue {
  return {
    id: r.id,
    ticker: r.ticker,
    metric: r.metric as MetricId,
    periodEnd: r.periodEnd,
    periodType: r.periodType as PeriodType,
    value: r.value,
    unit: r.unit as Unit,
    quote: r.quote,
    basis: isHoldingsBasis(r.basis) ? r.basis : "as-reported",
    derivation: r.derivation,
    source,
  };
}

export function toChartEvent(
  e: Omit<ChartEvent, "kind" | "source" | "ticker"> & { kind: string; ticker: string | null },
  source: SourceRef,
): ChartEvent {
  return {
    id: e.id,
    ticker: e.ticker,
    date: e.date,
    kind: e.kind as ChartEvent["kind"],
    title: e.title,
    counterparty: e.counterparty,
    mw: e.mw,
    valueUsd: e.valueUsd,
    termYears: e.termYears,
    btc: e.btc,
    quote: e.quote,
    source,
  };
}
