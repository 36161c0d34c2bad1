import "server-only";
import { cachedView } from "../cache/data-cache";
import { getCompany, getCompanyNotes } from "../db/companies";
import { getEvents } from "../db/events";
import { getRevisions, getSourcedValues } from "../db/observations";
import { availableCommitments, buildCommitmentSeries } from "../domain/commitment";
import { companyColor } from "../domain/company-colors";
import { DERIVABLE_METRICS, deriveQuarters } from "../domain/derived-quarters";
import { buildFacts } from "../domain/facts";
import { BASIS_LABELS } from "../domain/holdings-basis";
import type { MetricId } from "../domain/metrics";
import { buildOverviewRow } from "../domain/overview";
import { buildPivotQuarters } from "../domain/pivot-quarters";
import { buildCumulativeContracts, buildStockSeries, stockBases } from "../domain/series";
import { today } from "../domain/today";
import { buildTrajectory, collapsePreContract } from "../domain/trajectory";
import type { CompanyParams } from "../schemas/company-params";
import { buildCitation, type Citation, citePoints, citeQuarterValues, citeSumParts } from "./citation";
import { buildPivotFigure } from "./pivot-figure";

export type CompanyView = NonNullable<Awaited<ReturnType<typeof buildCompanyView>>>;

/** Everything the company page renders, shaped on the server; null for an unknown ticker. */
export function getCompanyView(ticker: string, params: CompanyParams) {
  // The period table's length is applied by the page; keying on it would build the same view twice.
  const { cadence, commitment, events, filings } = params;
  return cachedCompanyView(ticker, { cadence, commitment, events, filings, periods: "recent" });
}

const cachedCompanyView = cachedView("company-view", (ticker: string, params: CompanyParams) =>
  buildCompanyView(ticker, params),
);

async function buildCompanyView(ticker: string, params: CompanyParams) {
  const company = await getCompany(ticker);
  if (!company) return null;
  const [allValues, allEvents, notes, revisions] = await Promise.all([
    getSourcedValues(ticker),
    getEvents(ticker),
    getCompanyNotes(ticker),
    getRevisions(ticker),
  ]);
  // Filings only: every figure and event not cited to an SEC filing is left out, everywhere on the page.
  const values = params.filings ? allValues.filter((v) => v.source.tier === "filing") : allValues;
  const events = params.filings ? allEvents.filter((e) => e.source.tier === "filing") : allEvents;
  const chartFacts = buildFacts(values, { mergeStockPeriods: true });
  const tableFacts = buildFacts(values);
  const commitments = availableCommitments(chartFacts, events, ticker);
  const commitmentMetric: MetricId | null =
    params.commitment && commitments.includes(params.commitment as MetricId)
      ? (params.commitment as MetricId)
      : (commitments[0] ?? null);

  const citations: Record<string, Citation> = {};
  for (const f of [...chartFacts, ...tableFacts]) citations[f.key] = buildCitation(f);

  // One line per holdings basis: the latest figure's basis is the headline, the others are drawn apart.
  const [primaryBasis, ...otherBases] = stockBases(chartFacts, ticker, "btc_held");
  const held = buildStockSeries(chartFacts, ticker, "btc_held", params.cadence, primaryBasis ?? null);
  const heldOther = otherBases.map((basis) => ({
    basis,
    label: BASIS_LABELS[basis].label,
    points: buildStockSeries(chartFacts, ticker, "btc_held", params.cadence, basis),
  }));
  const commitment = commitmentMetric
    ? buildCommitmentSeries(commitmentMetric, chartFacts, events, ticker, company.fiscalYearEnd, params.cadence)
    : null;
  if (commitment) citePoints([commitment], new Map(tableFacts.map((f) => [f.key, f])), citations);
  const derivedQuarters = DERIVABLE_METRICS.flatMap((m) =>
    deriveQuarters(tableFacts, ticker, m, company.fiscalYearEnd),
  );
  const factByKey = new Map([...chartFacts, ...tableFacts].map((f) => [f.key, f]));
  // Every derived quarter, for the table and the quarterly figure alike (both derive from tableFacts).
  citeQuarterValues(
    derivedQuarters.map((d) => ({ ...d, derived: true })),
    factByKey,
    citations,
  );
  const now = today();
  const keyFigures = buildOverviewRow(company, values, chartFacts, tableFacts, events, now);
  const pivotQuarters = buildPivotQuarters({
    ticker,
    fiscalYearEnd: company.fiscalYearEnd,
    flowFacts: tableFacts,
    stockFacts: chartFacts,
    heldBasis: primaryBasis ?? null,
    heldOtherBasis: otherBases[0] ?? null,
    events,
  });
  const pivotFigure = buildPivotFigure({
    company,
    color: companyColor(ticker),
    pivot: pivotQuarters,
    citations,
    factByKey,
    events,
    today: now,
  });
  citeSumParts(keyFigures.soldLast12m, tableFacts, citations);
  return {
    company,
    color: companyColor(ticker),
    notes,
    params: { ...params, commitment: commitmentMetric },
    commitments,
    held,
    heldBasis: primaryBasis ?? "as-reported",
    heldOther,
    trajectory: collapsePreContract(buildTrajectory(held, buildCumulativeContracts(events, ticker, "valueUsd"))),
    commitment,
    events,
    keyFigures,
    pivotQuarters,
    pivotFigure,
    tableFacts: [
      ...tableFacts.map((f) => ({
        key: f.key,
        metric: f.metric,
        periodEnd: f.periodEnd,
        periodType: f.periodType,
        derived: false,
      })),
      ...derivedQuarters.map((d) => ({
        key: d.key,
        metric: d.metric,
        periodEnd: d.periodEnd,
        periodType: "quarter" as const,
        derived: true,
      })),
    ],
    citations,
    revisions,
    observationCount: values.length,
  };
}
