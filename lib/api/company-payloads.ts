import type { DerivedQuarter } from "../domain/derived-quarters";
import type { Fact } from "../domain/facts";
import type { OverviewRow } from "../domain/overview";
import type { ChartEvent, SourcedValue } from "../domain/types";

const source = (s: { url: string; kind: string; date: string | null; tier: string }) => ({
  source_url: s.url,
  source_kind: s.kind,
  source_date: s.date,
  source_tier: s.tier,
});

/** Rows of /api/v1/companies: the overview table's figures, each with the source of its displayed value. */
export function companyListRows(rows: readonly OverviewRow[]) {
  return rows.map((r) => ({
    ticker: r.company.ticker,
    name: r.company.name,
    cik: r.company.cik,
    fiscal_year_end: r.company.fiscalYearEnd,
    btc_held: r.latestHeld?.value ?? null,
    btc_held_date: r.latestHeld?.date ?? null,
    btc_held_source_url: r.latestHeld?.facts[0]?.displayed.source.url ?? null,
    btc_held_peak: r.peakHeld?.value ?? null,
    btc_held_peak_date: r.peakHeld?.date ?? null,
    change_from_peak: r.changeFromPeak,
    btc_held_as_of_months: r.heldFreshness?.ageMonths ?? null,
    btc_held_stale: r.heldFreshness?.stale ?? null,
    btc_sold_12m: r.soldLast12m.ok ? r.soldLast12m.sum.value : null,
    btc_sold_12m_from: r.soldLast12m.ok ? r.soldLast12m.sum.from : null,
    btc_sold_12m_to: r.soldLast12m.ok ? r.soldLast12m.sum.to : null,
    btc_sold_12m_derivation: r.soldLast12m.ok ? r.soldLast12m.sum.derivation : null,
    btc_sold_12m_missing_reason: r.soldLast12m.ok ? null : r.soldLast12m.reason,
    contracted_mw_largest: r.contractedMw?.value ?? null,
    contracted_mw_source_url: r.contractedMw?.facts[0]?.displayed.source.url ?? null,
    contract_value_usd_sum: r.contractValue?.value ?? null,
    contract_count: r.contractValue?.count ?? 0,
    latest_source_date: r.latestSourceDate,
    url: `/api/v1/companies/${r.company.ticker}`,
  }));
}

export const COMPANY_LIST_COLUMNS = [
  "ticker",
  "name",
  "cik",
  "fiscal_year_end",
  "btc_held",
  "btc_held_date",
  "btc_held_source_url",
  "btc_held_peak",
  "btc_held_peak_date",
  "change_from_peak",
  "btc_held_as_of_months",
  "btc_held_stale",
  "btc_sold_12m",
  "btc_sold_12m_from",
  "btc_sold_12m_to",
  "btc_sold_12m_derivation",
  "btc_sold_12m_missing_reason",
  "contracted_mw_largest",
  "contracted_mw_source_url",
  "contract_value_usd_sum",
  "contract_count",
  "latest_source_date",
  "url",
] as const;

/**
 * Every stored observation of a company, all sources kept (not only displayed values), then every derived
 * quarter: flagged in `derivation`, citing each input's source ("|"-separated, in formula order).
 */
export function observationRows(
  values: readonly SourcedValue[],
  derived: readonly DerivedQuarter[] = [],
  factByKey: ReadonlyMap<string, Fact> = new Map(),
) {
  const stored = values.map((v) => ({
    metric: v.metric,
    period_end: v.periodEnd,
    period_type: v.periodType,
    value: v.value,
    unit: v.unit,
    basis: v.basis,
    ...source(v.source),
    quote: v.quote,
    derivation: v.derivation ? `sum: ${v.derivation}` : "",
  }));
  const computed = derived.map((d) => {
    const inputs = d.inputs.map((k) => factByKey.get(k)?.displayed);
    const join = (f: (s: NonNullable<(typeof inputs)[number]>) => string | null) =>
      inputs.map((i) => (i ? (f(i) ?? "") : "")).join(" | ");
    return {
      metric: d.metric,
      period_end: d.periodEnd,
      period_type: "quarter",
      value: d.value,
      unit: inputs[0]?.unit ?? "",
      basis: "as-reported",
      source_url: join((i) => i.source.url),
      source_kind: join((i) => i.source.kind),
      source_date: join((i) => i.source.date),
      source_tier: join((i) => i.source.tier),
      quote: join((i) => `${i.value} (${i.periodType} to ${i.periodEnd}): ${i.quote}`),
      derivation: `${d.method}: ${d.formula}`,
    };
  });
  return [...stored, ...computed];
}

export const OBSERVATION_COLUMNS = [
  "metric",
  "period_end",
  "period_type",
  "value",
  "unit",
  "source_url",
  "source_kind",
  "source_date",
  "source_tier",
  "quote",
  "basis",
  "derivation",
] as const;

export function eventRows(events: readonly ChartEvent[]) {
  return events.map((e) => ({
    date: e.date,
    kind: e.kind,
    title: e.title,
    counterparty: e.counterparty,
    mw: e.mw,
    value_usd: e.valueUsd,
    term_years: e.termYears,
    btc: e.btc,
    ...source(e.source),
    quote: e.quote,
  }));
}
