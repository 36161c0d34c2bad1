import { companyColor } from "../domain/company-colors";
import type { QuarterValue } from "../domain/derived-quarters";
import { buildFacts } from "../domain/facts";
import { BASIS_LABELS } from "../domain/holdings-basis";
import type { MetricId } from "../domain/metrics";
import { buildOverviewRow } from "../domain/overview";
import { buildPivotQuarters } from "../domain/pivot-quarters";
import { buildCumulativeContracts, buildStockSeries, stockBases } from "../domain/series";
import type { ChartEvent, CompanySummary, SourcedValue } from "../domain/types";
import { buildCitation, type Citation, citeQuarterValues, citeSumParts } from "./citation";
import { soldToFundCaption } from "./pivot-figure";

/** The overview needs these metrics only; loading the others would grow with every import for nothing. */
export const OVERVIEW_METRICS: readonly MetricId[] = [
  "btc_held",
  "btc_sold",
  "btc_mined",
  "btc_sale_proceeds_usd",
  "capex_usd",
  "ai_hpc_capex_usd",
  "hpc_revenue_usd",
  "hpc_contracted_mw",
];

export type OverviewEntry = ReturnType<typeof buildOverviewEntry>;

/**
 * One company's share of the overview: its table row, its "Sold to fund AI?" cohort row, its headline-chart
 * series and the citations they show. Computed from that company's data alone, so it is computed when the data
 * changes (lib/ingest/save-overview.ts) and the overview only assembles stored entries.
 * `today` matters: staleness and the last-12-months window are measured from it.
 */
export function buildOverviewEntry(input: {
  company: CompanySummary;
  /** The company's values of OVERVIEW_METRICS, ordered by period end. */
  values: readonly SourcedValue[];
  /** The company's own events (not market-wide ones). */
  events: readonly ChartEvent[];
  latestSourceDate: string | null;
  today: string;
}) {
  const { company: c, values, events, today } = input;
  const stock = buildFacts(values, { mergeStockPeriods: true });
  const flow = buildFacts(values);
  const row = {
    ...buildOverviewRow(c, values, stock, flow, events, today),
    latestSourceDate: input.latestSourceDate,
    color: companyColor(c.ticker),
  };
  const citations: Record<string, Citation> = {};
  for (const fig of [row.latestHeld, row.peakHeld, row.contractedMw]) {
    for (const f of fig?.facts ?? []) citations[f.key] = buildCitation(f);
  }
  citeSumParts(row.soldLast12m, flow, citations);
  // Every point of the headline figure opens its source from the figure's data table.
  for (const f of stock) if (f.metric === "btc_held") citations[f.key] = buildCitation(f);
  const series = {
    ticker: c.ticker,
    name: c.name,
    color: companyColor(c.ticker),
    held: buildStockSeries(stock, c.ticker, "btc_held", "monthly"),
    heldOther: stockBases(stock, c.ticker, "btc_held")
      .slice(1)
      .map((basis) => ({
        label: BASIS_LABELS[basis].label,
        points: buildStockSeries(stock, c.ticker, "btc_held", "monthly", basis),
      })),
    contracts: buildCumulativeContracts(events, c.ticker, "valueUsd"),
    /** The contract behind each step of the running total, with its source. */
    contractSources: Object.fromEntries(
      events
        .filter((e) => e.kind === "contract" && e.valueUsd !== null)
        .map((e) => [e.id, { title: e.title, valueUsd: e.valueUsd!, source: e.source }]),
    ),
  };
  return { ticker: c.ticker, row, citations, series, cohort: cohortRow(c, flow, stock, events) };
}

/** "Sold to fund AI?" for one company: its own quarters, in the same words as its page. */
function cohortRow(
  c: CompanySummary,
  flow: ReturnType<typeof buildFacts>,
  stock: ReturnType<typeof buildFacts>,
  events: readonly ChartEvent[],
) {
  const cites: Record<string, Citation> = {};
  for (const f of flow) cites[f.key] = buildCitation(f);
  const pivot = buildPivotQuarters({
    ticker: c.ticker,
    fiscalYearEnd: c.fiscalYearEnd,
    flowFacts: flow,
    stockFacts: stock,
    heldBasis: stockBases(stock, c.ticker, "btc_held")[0] ?? null,
    events,
  });
  // Derived quarters' tiers come from their inputs.
  citeQuarterValues(
    pivot.quarters.flatMap(
      (q) => [q.proceeds, q.spend, q.sold, q.hpcRevenue].filter((v) => v?.derived) as QuarterValue[],
    ),
    new Map(flow.map((f) => [f.key, f])),
    cites,
  );
  const total = (pick: (q: (typeof pivot.quarters)[number]) => { value: number } | null) => {
    const vs = pivot.quarters.map(pick).filter((v): v is { value: number } => v !== null);
    return vs.length ? { total: vs.reduce((s, v) => s + v.value, 0), count: vs.length } : null;
  };
  return {
    ticker: c.ticker,
    name: c.name,
    span: pivot.quarters.length ? `${pivot.quarters[0].label} – ${pivot.quarters.at(-1)!.label}` : "—",
    quarters: pivot.quarters.length,
    proceeds: total((q) => q.proceeds),
    sold: total((q) => q.sold),
    spend: pivot.spend ? { label: pivot.spend.label, ...total((q) => q.spend) } : null,
    contracts: pivot.quarters.at(-1)?.contractValueToDate ?? null,
    caption: soldToFundCaption(c, pivot, cites),
  };
}
