import path from "node:path";
import { z } from "zod";
import { databaseFilePath } from "../db/database-url";

/**
 * The downloadable dataset (/data): where its files live and what each is. Written by a refresh (and by
 * db:ensure when the shipped data changed) with lib/downloads/write-downloads.ts; served by app/data.
 */
export function downloadsDir(dbFile = databaseFilePath()): string {
  return process.env.MINERPIVOT_DOWNLOADS_DIR ?? `${dbFile}-downloads`;
}

export const DOWNLOADS = [
  {
    id: "observations",
    ext: "csv",
    title: "Every observation with its source",
    about:
      "One row per stored figure: company, metric, period, value, unit, the document it came from (URL, kind, date, tier), the quoted words or XBRL fact, the holdings basis and, for a figure computed from stated ones, its derivation. In the importer's own format: it loads into an empty database with npm run ingest (companies first).",
  },
  {
    id: "companies",
    ext: "csv",
    title: "Companies",
    about: "Ticker, name, former names, SEC CIK, exchange, fiscal year end (MM-DD), website.",
  },
  {
    id: "events",
    ext: "csv",
    title: "Events",
    about:
      "Contracts, commitments, large BTC sales and halvings drawn on the charts: date, kind, title, counterparty, MW, value in USD, term, BTC, and the source and quote of each.",
  },
  {
    id: "database",
    ext: "db",
    title: "The SQLite database",
    about:
      "The whole database the site reads (schema in prisma/schema.prisma), including import runs, revisions and the record of changes. Open it with sqlite3 or any SQLite client.",
  },
] as const;
export type DownloadId = (typeof DOWNLOADS)[number]["id"];

export const downloadManifestSchema = z.object({
  version: z.number().int().nonnegative(),
  generatedAt: z.string(),
  files: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      bytes: z.number().int(),
      rows: z.number().int().nullable(),
      sha256: z.string(),
    }),
  ),
});
export type DownloadManifest = z.infer<typeof downloadManifestSchema>;

export function downloadName(id: DownloadId, version: number): string {
  const d = DOWNLOADS.find((x) => x.id === id)!;
  return `minerpivot-${id}-v${version}.${d.ext}`;
}

export const manifestPath = (dir: string) => path.join(dir, "manifest.json");
