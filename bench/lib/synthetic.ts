/**
 * A CLEARLY SYNTHETIC dataset for scale tests, written straight into a migrated database with better-sqlite3
 * prepared statements in one transaction. Companies S0001… ("Synthetic Miner 0001", https://synthetic.example),
 * one synthetic source per company-year (https://synthetic.example/<ticker>/<year>), monthly observations of ten
 * metrics quoted "SYNTHETIC", and two synthetic AI/HPC contract events per company. Values are random (seeded).
 */
import Database from "better-sqlite3";
import { METRICS } from "../../lib/domain/metrics";

export const SYNTHETIC_METRICS = METRICS.filter((m) => m.id !== "hpc_contract_value_usd").slice(0, 10);

export const syntheticTicker = (i: number) => `S${String(i + 1).padStart(4, "0")}`;

/** mulberry32: small deterministic PRNG so every run generates the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCounts {
  companies: number;
  sources: number;
  observations: number;
  events: number;
}

export function generateSynthetic(file: string, companies: number, years: number, firstYear = 2016): SyntheticCounts {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = ON");
  const rand = prng(42);
  const counts: SyntheticCounts = { companies: 0, sources: 0, observations: 0, events: 0 };
  const insertRun = db.prepare(
    "INSERT INTO ImportRun (input, kind, status, startedAt) VALUES ('SYNTHETIC bench/scale.ts', 'synthetic', 'ok', ?)",
  );
  const insertCompany = db.prepare(
    `INSERT INTO Company (ticker, name, formerNames, cik, exchange, fiscalYearEnd, website)
     VALUES (?, ?, '', NULL, 'SYNTHETIC', '12-31', 'https://synthetic.example')`,
  );
  const insertSource = db.prepare(
    "INSERT INTO Source (url, kind, date, tier) VALUES (?, 'press-release', ?, 'company')",
  );
  const insertObs = db.prepare(
    `INSERT INTO Observation (companyId, metric, periodEnd, periodType, value, unit, sourceId, quote, importRunId)
     VALUES (?, ?, ?, 'month', ?, ?, ?, 'SYNTHETIC', ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO Event (companyId, date, kind, title, counterparty, mw, valueUsd, termYears, btc, sourceId, quote, key)
     VALUES (?, ?, 'contract', 'SYNTHETIC contract', 'Synthetic Tenant', ?, ?, 10, NULL, ?, 'SYNTHETIC', ?)`,
  );
  const monthEnds = Array.from({ length: years * 12 }, (_, m) =>
    new Date(Date.UTC(firstYear, m + 1, 0)).toISOString().slice(0, 10),
  );

  db.transaction(() => {
    const runId = Number(insertRun.run(new Date().toISOString()).lastInsertRowid);
    for (let c = 0; c < companies; c++) {
      const ticker = syntheticTicker(c);
      const companyId = Number(insertCompany.run(ticker, `Synthetic Miner ${ticker.slice(1)}`).lastInsertRowid);
      counts.companies++;
      const sourceIds: number[] = [];
      for (let y = 0; y < years; y++) {
        const year = firstYear + y;
        const url = `https://synthetic.example/${ticker}/${year}`;
        sourceIds.push(Number(insertSource.run(url, `${year + 1}-01-15`).lastInsertRowid));
        counts.sources++;
      }
      for (const metric of SYNTHETIC_METRICS) {
        let level = 100 + rand() * 10_000;
        for (const [m, periodEnd] of monthEnds.entries()) {
          level = Math.max(0, level * (0.95 + rand() * 0.1));
          const value = Math.round(level * 100) / 100;
          insertObs.run(companyId, metric.id, periodEnd, value, metric.unit, sourceIds[Math.floor(m / 12)], runId);
          counts.observations++;
        }
      }
      for (let e = 0; e < 2; e++) {
        const y = Math.floor(rand() * years);
        const date = monthEnds[y * 12 + Math.floor(rand() * 12)];
        insertEvent.run(
          companyId,
          date,
          50 + Math.round(rand() * 200),
          Math.round(rand() * 5e9),
          sourceIds[y],
          `synthetic-${ticker}-${e}`,
        );
        counts.events++;
      }
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return counts;
}
