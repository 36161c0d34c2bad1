import type { HoldingsBasis } from "./holdings-basis";
import type { MetricId, PeriodType, Unit } from "./metrics";
import type { SourceKind, SourceTier } from "./source-tiers";

/** What the UI needs to cite a number. */
export interface SourceRef {
  url: string;
  kind: SourceKind;
  date: string | null;
  tier: SourceTier;
}

/** One stored observation with its source; the domain layer's input. */
export interface SourcedValue {
  id: number;
  ticker: string;
  metric: MetricId;
  periodEnd: string;
  periodType: PeriodType;
  value: number;
  unit: Unit;
  quote: string;
  /** What a holdings figure counts; "as-reported" for every other metric. */
  basis: HoldingsBasis;
  /** Set when the figure is computed from stated ones in the same document (a sum of statement lines). */
  derivation?: string | null;
  source: SourceRef;
}

export interface CompanySummary {
  ticker: string;
  name: string;
  formerNames: string;
  cik: string | null;
  exchange: string;
  fiscalYearEnd: string;
  website: string;
}

export interface ChartEvent {
  id: number;
  ticker: string | null;
  date: string;
  kind: "contract" | "btc_sale" | "halving";
  title: string;
  counterparty: string | null;
  mw: number | null;
  valueUsd: number | null;
  termYears: number | null;
  btc: number | null;
  quote: string;
  source: SourceRef;
}
