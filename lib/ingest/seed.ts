import { buildCompanyDirectory } from "./company-directory";
import { type Dataset, filingPath, readDatasetDir } from "./dataset-files";
import { checkPrepared } from "./import-inputs";
import { emptyCounts, finishImportRun, type ImportCounts, startImportRun } from "./import-run";
import { prepareIxbrlSync } from "./inputs/ixbrl-input";
import type { PreparedInput } from "./inputs/prepared-input";
import { formatRowError } from "./read-csv";
import { saveDataset } from "./save-dataset";
import { saveOverviewEntries } from "./save-overview";
import { openWriteDatabase } from "./sqlite";

/** What the seed read from one shipped filing, for its report. */
export interface SeededFiling {
  file: string;
  factsRead: number;
  mapped: number;
  unmapped: number;
  warnings: string[];
}

export type SeedResult =
  | { ok: true; counts: ImportCounts; runId: number; filings: SeededFiling[] }
  | { ok: false; errors: string[]; runId: number };

/**
 * Validates the whole dataset first, then reads every shipped filing through the inline-XBRL import path;
 * only when all of it is valid is anything written, in one transaction.
 */
export function seedDatabase(dir: string, dbFile?: string): SeedResult {
  const db = openWriteDatabase(dbFile);
  try {
    const runId = startImportRun(db, dir, "seed");
    const { dataset, errors } = readDatasetDir(dir);
    const messages = errors.map(formatRowError);
    const filings = messages.length ? [] : prepareFilings(db, dir, dataset, messages);
    if (messages.length) {
      finishImportRun(db, runId, "rejected", { ...emptyCounts(), rejected: messages.length }, messages);
      return { ok: false, errors: messages, runId };
    }
    try {
      const counts = db.transaction(() => {
        const saved = saveDataset(db, runId, dataset, filings);
        // Every company: a seed may change any of them, and it is how a new day's entries get computed at start.
        saveOverviewEntries(db, "all");
        return saved;
      })();
      finishImportRun(db, runId, "ok", counts, []);
      return { ok: true, counts, runId, filings: filings.map(describeFiling) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      finishImportRun(db, runId, "failed", emptyCounts(), [message]);
      return { ok: false, errors: [message], runId };
    }
  } finally {
    db.close();
  }
}

/** Each manifest row through the same reader, mapper and checks as `npm run ingest`, citing the manifest. */
function prepareFilings(
  db: ReturnType<typeof openWriteDatabase>,
  dir: string,
  dataset: Dataset,
  messages: string[],
): PreparedInput[] {
  const companies = dataset.companies.map((c) => c.value);
  const directory = buildCompanyDirectory(db, companies);
  return dataset.filings.map(({ file, line, value: m }) => {
    const prepared = prepareIxbrlSync(filingPath(dir, m), directory, {
      url: m.document_url || undefined,
      date: m.date,
    });
    checkPrepared(db, prepared, companies);
    const where = `${file}:${line}`;
    messages.push(...prepared.errors.map(formatRowError));
    if (prepared.empty) messages.push(`${where}:file: ${m.file}: ${prepared.empty}`);
    const wrong = prepared.observations.find((o) => o.value.ticker !== m.ticker || o.value.source_kind !== m.form);
    if (wrong) {
      messages.push(
        `${where}:form: ${m.file} is a ${wrong.value.source_kind} of ${wrong.value.ticker}, not a ${m.form} of ${m.ticker}`,
      );
    }
    return prepared;
  });
}

function describeFiling(p: PreparedInput): SeededFiling {
  return {
    file: p.file,
    factsRead: p.stats?.factsRead ?? 0,
    mapped: p.stats?.mapped ?? 0,
    unmapped: p.unmapped.length,
    warnings: p.warnings,
  };
}
