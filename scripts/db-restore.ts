import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { backupDatabase, defaultBackupFile, restoreDatabase, verifyDatabaseFile } from "../lib/db/backup";
import {
  databaseFileFromEnv,
  formatBytes,
  formatCounts,
  parseCliArgs,
  projectMigrations,
  UsageError,
  validateArgs,
} from "../lib/db/backup-cli";

const HELP = `Usage: npm run db:restore -- FILE [--yes] [--skip-safety-backup]

Replaces the MinerPivot database with the backup in FILE (made by npm run db:backup).

FILE is checked first (PRAGMA integrity_check and the MinerPivot tables); a damaged or foreign file is refused
and the database is left untouched. The replacement is atomic: the backup is copied next to the database,
verified, the database's stale -wal/-shm files are removed and the copy is renamed over it.

Stop the app (next start / npm run up) and any import before restoring: a process that still has the old
database open keeps serving the old data.

Options:
  --yes                  required when the database exists: it is replaced
  --skip-safety-backup   do not copy the current database to backups/ first
                         (by default it is, as backups/minerpivot-pre-restore-<UTC timestamp>.db)
  --json                 print the result as JSON
  -h, --help             this text

The database is DATABASE_URL (file:...) or prisma/data/minerpivot.db.

Exit codes: 0 restored, 1 refused or failed (the database is unchanged), 2 bad arguments.`;

const argsSchema = z.object({
  help: z.boolean(),
  yes: z.boolean(),
  json: z.boolean(),
  "skip-safety-backup": z.boolean(),
  positionals: z
    .array(z.string().trim().min(1, "FILE cannot be empty"))
    .length(1, "give exactly one backup FILE: npm run db:restore -- FILE --yes"),
});

class Refused extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, {
    yes: { type: "boolean", short: "y", default: false },
    "skip-safety-backup": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const args = validateArgs(argsSchema, { ...values, positionals });
  const backup = path.resolve(args.positionals[0]);
  const target = databaseFileFromEnv();
  const log = (line: string) => (args.json ? console.error(line) : console.log(line));

  const check = verifyDatabaseFile(backup);
  if (!check.ok) throw new Refused(`Refusing to restore ${backup}: ${check.problems.join(" ")}`);
  log(`Backup   ${backup}`);
  log(`  rows   ${formatCounts(check.counts)}`);
  log(`  schema ${check.migrations.at(-1) ?? "—"} (${check.migrations.length} migration(s))`);
  const known = projectMigrations();
  const unknown = check.migrations.filter((m) => !known.includes(m));
  const missing = known.filter((m) => !check.migrations.includes(m));
  if (unknown.length)
    log(`  warning: the backup has migration(s) this checkout does not know: ${unknown.join(", ")} (newer code?)`);
  if (missing.length)
    log(`  note: the backup predates migration(s) ${missing.join(", ")}; run npm run db:migrate after restoring`);

  let safetyCopy: string | null = null;
  if (fs.existsSync(target)) {
    const current = verifyDatabaseFile(target);
    log("");
    log(`WARNING: this replaces the database ${target}`);
    log(
      current.ok
        ? `  current rows ${formatCounts(current.counts)}`
        : `  the current file is damaged or not a MinerPivot database: ${current.problems.join(" ")}`,
    );
    log("  Stop the app and any running import first; every change since the backup is lost.");
    if (!args.yes) throw new Refused("Nothing was changed. Re-run with --yes to replace the database.");
    if (!args["skip-safety-backup"]) {
      if (!current.ok)
        throw new Refused(
          "The current database cannot be backed up first (see above). Re-run with --skip-safety-backup to replace it anyway.",
        );
      const copy = await backupDatabase(target, defaultBackupFile(new Date(), undefined, "minerpivot-pre-restore"));
      safetyCopy = copy.file;
      log(`  the current database was saved to ${copy.file} (${formatBytes(copy.bytes)})`);
    }
  }

  const result = await restoreDatabase(backup, target);
  if (args.json) {
    console.log(JSON.stringify({ backup, safetyCopy, ...result, ms: Math.round(result.ms) }, null, 2));
  } else {
    log("");
    log(`Restored ${target}`);
    log(`  size   ${formatBytes(result.bytes)}`);
    log(`  rows   ${formatCounts(result.counts)}`);
    if (result.removedSidecars.length)
      log(`  removed stale ${result.removedSidecars.map((f) => path.basename(f)).join(", ")}`);
    log(`  integrity ok, ${(result.ms / 1000).toFixed(2)} s`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof UsageError) {
      console.error(`db:restore: ${message}\nRun "npm run db:restore -- --help" for usage.`);
      process.exit(2);
    }
    console.error(`db:restore: ${message}`);
    process.exit(1);
  },
);
