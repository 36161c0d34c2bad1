import type Database from "better-sqlite3";
import { LARGE_SALE_BTC, SALE_EVENT_PERIOD_TYPES } from "../domain/contract-events";
import { buildDisplayedValue } from "../domain/displayed-value";
import type { SourceTier } from "../domain/source-tiers";
import type { Dataset } from "./dataset-files";
import { emptyCounts, type ImportCounts } from "./import-run";
import { saveObservations } from "./save-observations";
import { saveCompanies, savePrices, toNormalizedObservation } from "./save-reference-rows";
import { makeSourceResolver } from "./source-resolver";
import { type UpsertOutcome, upsertRow } from "./upsert";

/** Writes a validated dataset inside the caller's transaction and returns what changed. */
export function saveDataset(db: Database.Database, importRunId: number, d: Dataset): ImportCounts {
  const counts = emptyCounts();
  const tally = (o: UpsertOutcome) => {
    counts[o]++;
  };
  const resolveSource = makeSourceResolver(db);

  const add = (c: ImportCounts) => {
    for (const k of ["inserted", "unchanged", "revised"] as const) counts[k] += c[k];
  };
  add(
    saveCompanies(
      db,
      d.companies.map((r) => r.value),
    ),
  );
  const companyId = (ticker: string) =>
    (db.prepare("SELECT id FROM Company WHERE ticker = ?").get(ticker) as { id: number }).id;

  for (const { value: n } of d.notes) {
    tally(
      upsertRow(db, "CompanyNote", ["companyId", "topic"], {
        companyId: companyId(n.ticker),
        topic: n.topic,
        kind: n.kind,
        text: n.text,
      }),
    );
  }

  add(
    saveObservations(
      db,
      importRunId,
      d.observations.map((r) => toNormalizedObservation(r.value)),
    ),
  );
  add(
    savePrices(
      db,
      resolveSource,
      d.prices.map((r) => r.value),
    ),
  );

  for (const { value: h } of d.halvings) {
    const sourceId = resolveSource(h.source_url, h.source_kind, null);
    tally(
      upsertRow(db, "Event", ["key"], {
        key: `halving:${h.date}`,
        companyId: null,
        date: h.date,
        kind: "halving",
        title: `Bitcoin halving (block ${h.block.toLocaleString("en-US")})`,
        counterparty: null,
        mw: null,
        valueUsd: null,
        termYears: null,
        btc: null,
        sourceId,
        quote: h.quote,
      }),
    );
  }

  for (const { value: c } of d.contracts) {
    const cid = companyId(c.ticker);
    const cited = (url: string, metric: string) =>
      url
        ? (db
            .prepare(
              `SELECT o.value, o.quote, o.sourceId, o.periodEnd FROM Observation o JOIN Source s ON s.id = o.sourceId
               WHERE o.companyId = ? AND s.url = ? AND o.metric = ? AND o.periodType = 'instant' ORDER BY o.id`,
            )
            .all(cid, url, metric) as { value: number; quote: string; sourceId: number; periodEnd: string }[])
        : [];
    const value = cited(c.value_source_url, "hpc_contract_value_usd")[0];
    const mwRows = cited(c.mw_source_url, "hpc_contracted_mw");
    // When one document states both the contract and a company total, the contract's own MW shares its quote.
    const mw = mwRows.find((m) => m.quote === value?.quote) ?? mwRows[0];
    const primary = value ?? mw;
    if (!primary) throw new Error(`contract ${c.ticker} ${c.date}: cited observation not found`);
    tally(
      upsertRow(db, "Event", ["key"], {
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
      }),
    );
  }

  add(syncLargeSaleEvents(db));
  return counts;
}

/** Large sales are derived from stored btc_sold facts, so any import that adds sales refreshes them. */
export function syncLargeSaleEvents(db: Database.Database): ImportCounts {
  const counts = emptyCounts();
  const rows = db
    .prepare(
      `SELECT o.id, o.companyId, c.ticker, o.periodEnd, o.periodType, o.value, o.sourceId, o.quote, s.tier, s.date AS sourceDate
       FROM Observation o JOIN Source s ON s.id = o.sourceId JOIN Company c ON c.id = o.companyId
       WHERE o.metric = 'btc_sold' AND o.periodType IN (${SALE_EVENT_PERIOD_TYPES.map(() => "?").join(",")})`,
    )
    .all(...SALE_EVENT_PERIOD_TYPES) as {
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
  }[];
  const byFact = new Map<string, typeof rows>();
  for (const r of rows) {
    const fact = `${r.ticker}:${r.periodEnd}:${r.periodType}`;
    byFact.set(fact, [...(byFact.get(fact) ?? []), r]);
  }
  for (const [fact, candidates] of byFact) {
    const shown = buildDisplayedValue(candidates)?.displayed;
    if (!shown || shown.value < LARGE_SALE_BTC) continue;
    const outcome = upsertRow(db, "Event", ["key"], {
      key: `sale:${fact}`,
      companyId: shown.companyId,
      date: shown.periodEnd,
      kind: "btc_sale",
      title: `Sold ${shown.value.toLocaleString("en-US")} BTC (${shown.periodType === "instant" ? "single sale" : shown.periodType})`,
      counterparty: null,
      mw: null,
      valueUsd: null,
      termYears: null,
      btc: shown.value,
      sourceId: shown.sourceId,
      quote: shown.quote,
    });
    counts[outcome]++;
  }
  return counts;
}
