import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseFilePath } from "../lib/db/database-url";
import { downloadsDir } from "../lib/downloads/dataset-files";
import { readDownloadManifest } from "../lib/downloads/read-manifest";
import { dataVersion, writeDownloads } from "../lib/downloads/write-downloads";
import { revalidateServerPages } from "../lib/ingest/revalidate-pages";
import { seedDatabase } from "../lib/ingest/seed";
import { openWriteDatabase } from "../lib/ingest/sqlite";

/**
 * Run before `dev` / `start`: applies pending migrations, and seeds the curated dataset when the database
 * has no companies yet. Safe to run every time; an existing database keeps its imported data.
 */
const { default: Database } = await import("better-sqlite3");
const file = databaseFilePath();
fs.mkdirSync(path.dirname(file), { recursive: true });

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

// A damaged file should stop the start with a clear message, not surface later as a blank page.
if (fs.existsSync(file)) {
  try {
    const check = new Database(file, { readonly: true, fileMustExist: true });
    const result = check.pragma("quick_check", { simple: true });
    check.close();
    if (result !== "ok") throw new Error(String(result));
  } catch (err) {
    fail(
      `The database ${file} is damaged or not a SQLite database (${(err as Error).message}).\n` +
        `Restore a backup with "npm run db:restore -- <backup.db> --yes", or move the file away to re-create it from prisma/data.`,
    );
  }
}
/** True when every migration folder is recorded as applied, so no migration run (and no write lock) is needed. */
function migrationsApplied(): boolean {
  if (!fs.existsSync(file)) return false;
  const wanted = fs
    .readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const db = new Database(file, { readonly: true });
  try {
    const applied = new Set(
      (
        db
          .prepare(
            "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
          )
          .all() as { name: string }[]
      ).map((r) => r.name),
    );
    return wanted.every((m) => applied.has(m));
  } catch {
    return false;
  } finally {
    db.close();
  }
}

// prisma migrate deploy needs the file to itself; skipping it when nothing is pending lets a start succeed while
// another process (a running server, an import) has the database open.
if (!migrationsApplied())
  try {
    execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (err) {
    const out = `${(err as { stdout?: Buffer }).stdout ?? ""}${(err as { stderr?: Buffer }).stderr ?? ""}`.trim();
    fail(`Could not apply the database migrations to ${file}:\n${out.split("\n").slice(-8).join("\n")}`);
  }

const db = new Database(file, { readonly: true });
const { n } = db.prepare("SELECT COUNT(*) AS n FROM Company").get() as { n: number };
db.close();
// The seed is idempotent and takes seconds, so an existing database also picks up a newer shipped dataset
// (new companies, corrected rows, filings) instead of serving what it held when it was first created.
const result = seedDatabase(path.join("prisma", "data"), file);
if (!result.ok) {
  console.error(`Seeding ${file} failed:\n  ${result.errors.join("\n  ")}`);
  process.exit(1);
}
const { inserted, revised } = result.counts;
if (n === 0) console.log(`Seeded ${file}: ${inserted} rows.`);
else if (inserted + revised > 0) {
  console.log(`Updated ${file} from the shipped dataset: ${inserted} new, ${revised} changed.`);
  // A server already running on this database (db:ensure also runs before a second one starts) shows the update.
  for (const line of await revalidateServerPages(file)) if (line.startsWith("Pages")) console.log(line);
}
// The downloadable dataset (/data) follows the data: written when missing or older than the database.
{
  const w = openWriteDatabase(file);
  try {
    if (readDownloadManifest(downloadsDir(file))?.version !== dataVersion(w)) {
      const written = writeDownloads(w, downloadsDir(file));
      console.log(`Downloads written for data version ${written.version} in ${written.dir}.`);
    }
  } finally {
    w.close();
  }
}
const after = new Database(file, { readonly: true });
const companies = (after.prepare("SELECT COUNT(*) AS n FROM Company").get() as { n: number }).n;
after.close();
console.log(`Database ready: ${file} (${companies} companies).`);
