import "server-only";
import { getCompany, getCompanyNotes } from "../db/companies";
import { getEvents } from "../db/events";
import { getRevisions, getSourcedValues } from "../db/observations";
import { availableCommitments, buildCommitmentSeries } from "../domain/commitment";
import { companyColor } from "../domain/company-colors";
import { buildFacts } from "../domain/facts";
import type { MetricId } from "../domain/metrics";
import { buildOverviewRow } from "../domain/overview";
import { buildCumulativeContracts, buildStockSeries } from "../domain/series";
import { buildTrajectory } from "../domain/trajectory";
import type { CompanyParams } from "../schemas/company-params";
import { cachedByDataVersion } from "./cache-by-version";
import { buildCitation, type Citation } from "./citation";

export type CompanyView = NonNullable<Awaited<ReturnType<typeof buildCompanyView>>>;

/** Everything the company page renders, shaped on the server; null for an unknown ticker. */
export function getCompanyView(ticker: string, params: CompanyParams) {
  // The period table's length is applied by the page; keying on it would build the same view twice.
  const { cadence, commitment, events } = params;
  return cachedByDataVersion(`company:${ticker}:${JSON.stringify({ cadence, commitment, events })}`, () =>
    buildCompanyView(ticker, params),
  );
}

async function buildCompanyView(ticker: string, params: CompanyParams) {
  const company = await getCompany(ticker);
  if (!company) return null;
  const [values, events, notes, revisions] = await Promise.all([
    getSourcedValues(ticker),
    getEvents(ticker),
    getCompanyNotes(ticker),
    getRevisions(ticker),
  ]);
  const chartFacts = buildFacts(values, { mergeStockPeriods: true });
  const tableFacts = buildFacts(values);
  const commitments = availableCommitments(chartFacts, events, ticker);
  const commitmentMetric: MetricId | null =
    params.commitment && commitments.includes(params.commitment as MetricId)
      ? (params.commitment as MetricId)
      : (commitments[0] ?? null);

  const citations: Record<string, Citation> = {};
  for (const f of [...chartFacts, ...tableFacts]) citations[f.key] = buildCitation(f);

  const held = buildStockSeries(chartFacts, ticker, "btc_held", params.cadence);
  return {
    company,
    color: companyColor(ticker),
    notes,
    params: { ...params, commitment: commitmentMetric },
    commitments,
    held,
    trajectory: buildTrajectory(held, buildCumulativeContracts(events, ticker, "valueUsd")),
    commitment: commitmentMetric
      ? buildCommitmentSeries(commitmentMetric, chartFacts, events, ticker, params.cadence)
      : null,
    events,
    keyFigures: buildOverviewRow(company, values, chartFacts, tableFacts, events),
    tableFacts: tableFacts.map((f) => ({
      key: f.key,
      metric: f.metric,
      periodEnd: f.periodEnd,
      periodType: f.periodType,
    })),
    citations,
    revisions,
    observationCount: values.length,
  };
}
