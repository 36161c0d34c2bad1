import "server-only";
import type { OverviewEntry } from "../views/overview-entry";
import { getPrisma } from "./client";

/** Stored overview entries computed for `asOf` (lib/ingest/save-overview.ts), by ticker. */
export async function getOverviewEntries(asOf: string): Promise<Map<string, OverviewEntry>> {
  const rows = await getPrisma().companyOverview.findMany({ where: { asOf }, select: { json: true } });
  // Written by the import from buildOverviewEntry's own output.
  const entries = rows.map((r) => JSON.parse(r.json) as OverviewEntry);
  return new Map(entries.map((e) => [e.ticker, e]));
}
