import { parseArgs } from "node:util";
import { z } from "zod";
import { writeDownloads } from "../lib/downloads/write-downloads";
import { revalidateServerPages } from "../lib/ingest/revalidate-pages";
import { createSecClient } from "../lib/ingest/sec";
import { openWriteDatabase } from "../lib/ingest/sqlite";
import { addCompanyFromSec } from "../lib/refresh/add-company";
import { type CompanyRefresh, refreshCompanies } from "../lib/refresh/refresh";
import { isoDateSchema } from "../lib/schemas/iso-date";

const HELP = `npm run refresh [-- --tickers CLSK,BTBT] [--since YYYY-MM-DD] [--dry-run] [--add TICKER]

Reads each tracked company's EDGAR submissions index and imports every 10-Q, 10-K, 20-F, 40-F, 6-K and 8-K
(and amendment) filed since its last successful refresh (first run: 2023-01-01), then its companyfacts.
--add TICKER creates the company from the SEC's data first, then refreshes it.
Needs SEC_USER_AGENT ("Company Name contact@example.com"); SEC_DATA_BASE_URL / SEC_WWW_BASE_URL point at a mirror.`;

const { values } = parseArgs({
  options: {
    tickers: { type: "string" },
    since: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    add: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

const args = z
  .object({
    tickers: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.]{0,9}(,[A-Za-z][A-Za-z0-9.]{0,9})*$/, "comma-separated tickers, e.g. CLSK,BTBT")
      .optional(),
    since: isoDateSchema.optional(),
    add: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{0,9}$/, "one ticker")
      .optional(),
  })
  .safeParse(values);

async function main(): Promise<number> {
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!args.success) {
    for (const i of args.error.issues) console.error(`--${i.path.join(".")}: ${i.message}`);
    return 2;
  }
  const sec = createSecClient();
  const db = openWriteDatabase();
  try {
    let tickers = args.data.tickers?.split(",").map((t) => t.toUpperCase());
    if (args.data.add) {
      const added = await addCompanyFromSec(db, sec, args.data.add);
      console.log(
        added.created
          ? `Added ${added.ticker}: ${added.name} (CIK ${added.cik}) from the SEC's submissions data.`
          : `${added.ticker} (${added.name}, CIK ${added.cik}) is already tracked.`,
      );
      tickers = [...new Set([...(tickers ?? []), added.ticker])];
    }
    const t0 = performance.now();
    const results = await refreshCompanies(db, {
      sec,
      tickers,
      since: args.data.since,
      dryRun: values["dry-run"],
      progress: (line) => process.stderr.isTTY && process.stderr.write(`\r\x1b[K${line}`),
    });
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
    for (const r of results) console.log(summaryLine(r, values["dry-run"]));
    const changed = results.reduce(
      (n, r) => n + r.changes.newFigures + r.changes.revisedFigures + r.changes.newFilings,
      0,
    );
    console.log(
      `${results.length} companies, ${sec.requestCount()} SEC requests, ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
        (values["dry-run"] ? "dry run: nothing written." : `${changed} changes recorded.`),
    );
    if (!values["dry-run"] && changed > 0) {
      const files = writeDownloads(db);
      console.log(`Downloads regenerated for data version ${files.version}: ${files.names.join(", ")}.`);
      for (const line of await revalidateServerPages()) console.log(line);
    }
    return results.every((r) => r.ok) ? 0 : 1;
  } finally {
    db.close();
  }
}

function summaryLine(r: CompanyRefresh, dryRun: boolean): string {
  const head = `${r.ticker.padEnd(6)} since ${r.since}: ${r.filingsListed} filings listed, ${r.imported} imported, ${r.unchanged} unchanged, ${r.withoutFigures} without tracked figures, ${r.rejected} rejected`;
  const changes = dryRun
    ? ""
    : `; changes: ${r.changes.newFigures} new figures, ${r.changes.revisedFigures} revised, ${r.changes.newFilings} new filings, ${r.changes.newEvents} new events`;
  const errors = r.errors.length ? `\n       ${r.errors.join("\n       ")}` : "";
  return `${r.ok ? "ok    " : "FAILED"} ${head}${changes}${errors}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
