import type Database from "better-sqlite3";
import { LARGE_SALE_BTC, SALE_EVENT_PERIOD_TYPES } from "../domain/contract-events";
import { buildDisplayedValue } from "../domain/displayed-value";
import type { SourceTier } from "../domain/source-tiers";
import type { ContractRow, HalvingRow } from "../schemas/dataset";
import { emptyCounts, type ImportCounts } from "./import-run";
import { companyIdLookup } from "./save-reference-rows";
import type { SourceResolver } from "./source-resolver";
import { prepareUpsert, type TableRows } from "./typed-table";

type EventRow = TableRows["Event"];
const NO_DETAILS = { counterparty: null, mw: null, valueUsd: null, termYears: null, btc: null } as const;

export function saveHalvings(
  db: Database.Database,
  resolveSource: SourceResolver,
  rows: readonly HalvingRow[],
): ImportCounts {
  const counts = emptyCounts();
  const upsert = prepareUpsert(db, "Event", ["key"]);
  for (const h of rows) {
    const row: EventRow = {
      key: `halving:${h.date}`,
      companyId: null,
      date: h.date,
      kind: "halving",
      title: `Bitcoin halving (block ${h.block.toLocaleString("en-US")})`,
      ...NO_DETAILS,
      sourceId: resolveSource(h.source_url, h.source_kind, null),
      quote: h.quote,
    };
    counts[upsert(row)]++;
  }
  return counts;
}

/**
 * Signed contracts as chart events. Each one takes its value and MW from the stored observations its row
 * cites, so an event never states a number its source does not; a citation that matches nothing aborts.
 */
export function saveContracts(db: Database.Database, rows: readonly ContractRow[]): ImportCounts {
  const counts = emptyCounts();
  const upsert = prepareUpsert(db, "Event", ["key"]);
  const companyId = companyIdLookup(db);
  const cited = db.prepare<
    [number, string, string],
    { value: number; quote: string; sourceId: number; periodEnd: string }
  >(
    `SELECT o.value, o.quote, o.sourceId, o.periodEnd FROM Observation o JOIN Source s ON s.id = o.sourceId
     WHERE o.companyId = ? AND s.url = ? AND o.metric = ? AND o.periodType = 'instant' ORDER BY o.id`,
  );
  for (const c of rows) {
    const cid = companyId(c.ticker);
    const value = c.value_source_url ? cited.all(cid, c.value_source_url, "hpc_contract_value_usd")[0] : undefined;
    const mwRows = c.mw_source_url ? cited.all(cid, c.mw_source_url, "hpc_contracted_mw") : [];
    // When one document states both the contract and a company total, the contract's own MW shares its quote.
    const mw = mwRows.find((m) => m.quote === value?.quote) ?? mwRows[0];
    const primary = value ?? mw;
    if (!primary) throw new Error(`contract ${c.ticker} ${c.date}: cited observation not found`);
    counts[
      upsert({
        key: `contract:${c.ticker}:${c.date}`,
        companyId: cid,
        date: primary.periodEnd,
        kind: "contract",
        title: c.title,
        counterparty: c.counterparty || null,
        mw: mw?.value ?? null,
        valueUsd: value?.value ?? null,
        termYears: c.term_years,
        btc: null,
        sourceId: primary.sourceId,
        quote: primary.quote,
      })
    ]++;
  }
  return counts;
}

/** Large sales are derived from stored btc_sold facts, so any import that adds sales refreshes them. */
export function syncLargeSaleEvents(db: Database.Database): ImportCounts {
  const counts = emptyCounts();
  const rows = db
    .prepare<
      string[],
      {
        id: number;
        companyId: number;
        ticker: string;
        periodEnd: string;
        periodType: string;
        value: number;
        sourceId: number;
        quote: string;
        tier: SourceTier;
        sourceDate: string | null;
      }
    >(
      `SELECT o.id, o.companyId, c.ticker, o.periodEnd, o.periodType, o.value, o.sourceId, o.quote, s.tier, s.date AS sourceDate
       FROM Observation o JOIN Source s ON s.id = o.sourceId JOIN Company c ON c.id = o.companyId
       WHERE o.metric = 'btc_sold' AND o.periodType IN (${SALE_EVENT_PERIOD_TYPES.map(() => "?").join(",")})`,
    )
    .all(...SALE_EVENT_PERIOD_TYPES);
  const byFact = new Map<string, typeof rows>();
  for (const r of rows) {
    const fact = `${r.ticker}:${r.periodEnd}:${r.periodType}`;
    byFact.set(fact, [...(byFact.get(fact) ?? []), r]);
  }
  const upsert = prepareUpsert(db, "Event", ["key"]);
  for (const [fact, candidates] of byFact) {
    const shown = buildDisplayedValue(candidates)?.displayed;
    if (!shown || shown.value < LARGE_SALE_BTC) continue;
    counts[
      upsert({
        key: `sale:${fact}`,
        companyId: shown.companyId,
        date: shown.periodEnd,
        kind: "btc_sale",
        title: `Sold ${shown.value.toLocaleString("en-US")} BTC (${shown.periodType === "instant" ? "single sale" : shown.periodType})`,
        ...NO_DETAILS,
        btc: shown.value,
        sourceId: shown.sourceId,
        quote: shown.quote,
      })
    ]++;
  }
  return counts;
}
