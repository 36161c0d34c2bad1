import type { MetricId, PeriodType } from "@/lib/domain/metrics";
import { getMetric } from "@/lib/domain/metrics";
import type { SourceTier } from "@/lib/domain/source-tiers";
import type { ChartEvent, SourcedValue } from "@/lib/domain/types";

let nextId = 1;

/** A small synthetic observation for domain tests; defaults describe a company release. */
export function obs(
  partial: Partial<Omit<SourcedValue, "source">> & { metric: MetricId; periodEnd: string; value: number },
  source: { tier?: SourceTier; date?: string | null; url?: string } = {},
): SourcedValue {
  const tier = source.tier ?? "company";
  return {
    id: nextId++,
    ticker: "TEST",
    periodType: "month" as PeriodType,
    unit: getMetric(partial.metric)?.unit ?? "BTC",
    quote: `quote ${partial.value}`,
    basis: "as-reported",
    ...partial,
    source: {
      url: source.url ?? `https://example.test/${nextId}`,
      kind: tier === "filing" ? "10-Q" : tier === "company" ? "press-release" : "news",
      date: source.date ?? null,
      tier,
    },
  };
}

export function contractEvent(partial: Partial<ChartEvent> & { date: string }): ChartEvent {
  return {
    id: nextId++,
    ticker: "TEST",
    kind: "contract",
    title: "A contract",
    counterparty: null,
    mw: null,
    valueUsd: null,
    termYears: null,
    btc: null,
    quote: "q",
    source: { url: "https://example.test/c", kind: "8-K", date: partial.date, tier: "filing" },
    ...partial,
  };
}
