import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { backupDatabase, defaultBackupFile } from "../lib/db/backup";
import {
  databaseFileFromEnv,
  formatBytes,
  formatCounts,
  parseCliArgs,
  UsageError,
  validateArgs,
} from "../lib/db/backup-cli";

const HELP = `Usage: npm run db:backup [-- --out FILE] [--force] [--json]

Copies the MinerPivot SQLite database with SQLite's online backup API. Safe while the app serves pages and
while an import runs: the copy is a consistent snapshot of committed data (an import still in progress is not
in it). The copy is a single self-contained file, checked with PRAGMA integrity_check before it gets its name.

Options:
  --out FILE     where to write the backup (default backups/minerpivot-<UTC timestamp>.db);
                 an existing directory gets the default file name inside it
  --force        overwrite FILE if it exists
  --json         print the result as JSON
  -h, --help     this text

The database is DATABASE_URL (file:...) or prisma/data/minerpivot.db.
Restore a backup with: npm run db:restore -- FILE

Exit codes: 0 backed up, 1 the backup failed (nothing is left at FILE), 2 bad arguments.`;

const argsSchema = z.object({
  help: z.boolean(),
  json: z.boolean(),
  force: z.boolean(),
  out: z.string().trim().min(1, "--out needs a file name").optional(),
  positionals: z.array(z.string()).max(0, "db:backup takes no positional arguments (use --out FILE)"),
});

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, {
    out: { type: "string", short: "o" },
    force: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const args = validateArgs(argsSchema, { ...values, positionals });
  const source = databaseFileFromEnv();
  let out = args.out ? path.resolve(args.out) : defaultBackupFile();
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) out = defaultBackupFile(new Date(), out);
  const result = await backupDatabase(source, out, { overwrite: args.force });
  if (args.json) {
    console.log(JSON.stringify({ source, ...result, ms: Math.round(result.ms) }, null, 2));
  } else {
    console.log(`Backed up ${source}`);
    console.log(`  file      ${result.file}`);
    console.log(`  size      ${formatBytes(result.bytes)} (${result.bytes.toLocaleString("en-US")} bytes)`);
    console.log(`  rows      ${formatCounts(result.counts)}`);
    console.log(`  schema    ${result.migrations.at(-1) ?? "—"} (${result.migrations.length} migration(s))`);
    console.log(`  integrity ok, ${(result.ms / 1000).toFixed(2)} s`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) {
      console.error(`db:backup: ${err.message}\nRun "npm run db:backup -- --help" for usage.`);
      process.exit(2);
    }
    console.error(`db:backup: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
