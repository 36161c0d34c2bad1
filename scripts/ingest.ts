import { parseArgs } from "node:util";
import { formatImportHistory, formatImportReport } from "../lib/ingest/format-report";
import { importInputs } from "../lib/ingest/import-inputs";
import { extractFactsFromFile, formatFactLine } from "../lib/ingest/ixbrl/index";
import { revalidateServerPages } from "../lib/ingest/revalidate-pages";
import { openWriteDatabase } from "../lib/ingest/sqlite";

const HELP = `Usage: npm run ingest -- <file-or-dir>... [options]

Imports curated CSV / JSON (observations, companies, BTC prices), inline-XBRL filings (.htm) and SEC
companyfacts JSON into the MinerPivot database. Each input is one transaction: any invalid row and nothing
from that input is written. Re-importing the same data writes nothing.

Options:
  --dry-run              validate and map, write nothing
  --json                 print the report as JSON (with --dry-run: the normalized observations)
  --facts FILE           print every ix:nonFraction fact of an inline-XBRL FILE, one JSON object per line
  --source-url URL       document URL to cite for .htm filings (default: the company's EDGAR filing index)
  --source-date DATE     filing date (YYYY-MM-DD) to record for .htm filings
  --sec TICKER|CIK       download companyfacts and the latest 10-Q/10-K from the SEC, then import them
                         (needs SEC_USER_AGENT="Name email"; SEC_DATA_BASE_URL / SEC_WWW_BASE_URL / SEC_CACHE_DIR)
  --history              list past imports
  -h, --help             this text

The database is DATABASE_URL (file:...) or prisma/data/minerpivot.db.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    facts: { type: "string" },
    "source-url": { type: "string" },
    "source-date": { type: "string" },
    sec: { type: "string" },
    history: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

async function main(): Promise<number> {
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.facts) {
    const x = await extractFactsFromFile(values.facts);
    for (const f of x.facts) process.stdout.write(`${formatFactLine(f)}\n`);
    for (const w of x.warnings)
      console.error(
        `warning: ${values.facts}:${w.line}:${w.fact.concept}: ${w.message.replace(/^line \d+: \S+ /, "")}`,
      );
    for (const e of x.errors) console.error(`${values.facts}:${e.message.replace(/^line /, "")}`);
    return x.errors.length ? 1 : 0;
  }
  const db = openWriteDatabase();
  try {
    if (values.history) {
      const runs = db.prepare("SELECT * FROM ImportRun ORDER BY id DESC LIMIT 200").all();
      console.log(
        values.json
          ? JSON.stringify(runs, null, 2)
          : formatImportHistory(runs as Parameters<typeof formatImportHistory>[0]),
      );
      return 0;
    }
    const inputs = [...positionals];
    const filing = { url: values["source-url"], date: values["source-date"] };
    if (values.sec) {
      const { downloadForIngest } = await import("../lib/ingest/sec/download-for-ingest");
      const downloaded = await downloadForIngest(values.sec);
      for (const d of downloaded) console.error(`downloaded ${d.url} → ${d.path}`);
      const reports = [];
      for (const d of downloaded)
        reports.push(
          ...(await importInputs(db, [d.path], {
            dryRun: values["dry-run"],
            filing: { url: d.url, date: d.date ?? undefined },
          })),
        );
      return finish(reports);
    }
    if (inputs.length === 0) {
      console.error(HELP);
      return 2;
    }
    return finish(await importInputs(db, inputs, { dryRun: values["dry-run"], filing }));
  } finally {
    db.close();
  }
}

async function finish(reports: Awaited<ReturnType<typeof importInputs>>): Promise<number> {
  if (values.json) {
    const out = values["dry-run"] ? reports.flatMap((r) => r.observations ?? []) : reports;
    console.log(JSON.stringify(out, null, 2));
    if (values["dry-run"]) for (const r of reports) for (const e of r.errors) console.error(e);
  } else {
    for (const r of reports) console.log(formatImportReport(r));
  }
  // Only a write changes what pages show; a dry run, a rejection or an unchanged re-import leaves them as they are.
  if (reports.some((r) => r.status === "ok")) for (const line of await revalidateServerPages()) console.error(line);
  return reports.some((r) => r.status === "rejected") ? 1 : 0;
}

// exitCode instead of exit(): output piped to another program must be flushed before the process ends.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
