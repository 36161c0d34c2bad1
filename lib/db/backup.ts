import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Online backup and restore of the SQLite database.
 *
 * Backups use SQLite's online backup API (better-sqlite3 `db.backup`), which reads the source under a read
 * transaction: in WAL mode the app's readers and a running import keep working while it copies, and the copy is a
 * consistent snapshot of committed data (an import's open transaction is simply not in it). The copy is written
 * to a temporary file next to the destination, switched to a self-contained rollback journal (no -wal/-shm
 * sidecars), checked with `PRAGMA integrity_check`, and only then renamed to its final name.
 *
 * A restore refuses a file that is not an intact MinerPivot database, then replaces the target atomically:
 * the backup is copied (again with the backup API) to a temporary file in the target's directory, verified, the
 * target's stale -wal / -shm / -journal files are removed and the temporary file is renamed over the target.
 * Stop the app and any import before restoring: a process that still has the old file open keeps reading it.
 */

/** Tables whose row counts a backup reports (ImportRun is the audit log). */
export const BACKUP_COUNT_TABLES = [
  "Company",
  "CompanyNote",
  "Source",
  "Observation",
  "Event",
  "BtcPrice",
  "Revision",
  "ImportRun",
] as const;
export type TableCounts = Record<(typeof BACKUP_COUNT_TABLES)[number], number>;

/** A file without these tables is not a MinerPivot database and is never restored. */
export const REQUIRED_TABLES = ["Company", "Observation", "Source", "_prisma_migrations"] as const;

export class BackupError extends Error {
  override name = "BackupError";
}

export interface BackupResult {
  file: string;
  bytes: number;
  counts: TableCounts;
  /** Names of the applied Prisma migrations in the copy, oldest first. */
  migrations: string[];
  ms: number;
}

export interface RestoreResult {
  file: string;
  bytes: number;
  counts: TableCounts;
  migrations: string[];
  /** Sidecar files of the old target (-wal, -shm, -journal) that were removed. */
  removedSidecars: string[];
  ms: number;
}

export interface VerifyResult {
  ok: boolean;
  /** Why the file is not usable, in one sentence; empty when ok. */
  problems: string[];
  counts: Partial<TableCounts>;
  migrations: string[];
}

const SIDE_SUFFIXES = ["-wal", "-shm", "-journal"] as const;
// Copy everything in one step: the copy is then made under one read transaction, so a writer on another
// connection cannot restart it (which, with a busy writer, could otherwise repeat forever).
const ALL_PAGES = 0x7fffffff;

/**
 * Copies `sourceFile` to `destFile` with the online backup API while other connections read and write it.
 * Throws a BackupError (and leaves no file at `destFile`) when the source is missing or the copy fails
 * `integrity_check`. An existing `destFile` is refused unless `overwrite` is set.
 */
export async function backupDatabase(
  sourceFile: string,
  destFile: string,
  opts: { overwrite?: boolean } = {},
): Promise<BackupResult> {
  const t0 = performance.now();
  const source = path.resolve(sourceFile);
  const dest = path.resolve(destFile);
  if (!fs.existsSync(source)) throw new BackupError(`No database at ${source}.`);
  if (source === dest) throw new BackupError("The backup file cannot be the database itself.");
  if (fs.existsSync(dest) && !opts.overwrite) throw new BackupError(`${dest} already exists; choose another file.`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });

  const tmp = tempSibling(dest, "backup");
  let src: Database.Database | null = null;
  try {
    // Read-write when possible, like the sqlite3 shell's .backup: a read-only connection could not remove the
    // -wal / -shm files it creates when it is the only one open.
    src = openExisting(source, { readonly: !isWritable(source) });
    await copyWithBackupApi(src, tmp);
    src.close();
    src = null;
    const verified = finalizeCopy(tmp);
    fs.renameSync(tmp, dest);
    fsyncDir(path.dirname(dest));
    return {
      file: dest,
      bytes: fs.statSync(dest).size,
      counts: verified.counts as TableCounts,
      migrations: verified.migrations,
      ms: performance.now() - t0,
    };
  } catch (err) {
    removeWithSidecars(tmp);
    if (err instanceof BackupError) throw err;
    throw new BackupError(`Backup of ${source} failed: ${messageOf(err)}`);
  } finally {
    src?.close();
  }
}

/**
 * Checks that `file` is an intact SQLite database with the MinerPivot tables, without modifying it.
 * Never throws for a bad file: the problems are returned.
 */
export function verifyDatabaseFile(file: string): VerifyResult {
  const out: VerifyResult = { ok: false, problems: [], counts: {}, migrations: [] };
  if (!fs.existsSync(file)) {
    out.problems.push(`${file} does not exist.`);
    return out;
  }
  if (!fs.statSync(file).isFile()) {
    out.problems.push(`${file} is not a file.`);
    return out;
  }
  if (fs.statSync(file).size === 0) {
    out.problems.push(`${file} is empty.`);
    return out;
  }
  let db: Database.Database | null = null;
  try {
    db = openExisting(file, { readonly: true });
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    const messages = integrity.map((r) => r.integrity_check);
    if (messages.length !== 1 || messages[0] !== "ok") {
      out.problems.push(
        `integrity_check failed: ${messages.slice(0, 5).join("; ")}${messages.length > 5 ? ` (and ${messages.length - 5} more)` : ""}.`,
      );
      return out;
    }
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) {
      out.problems.push(`not a MinerPivot database: missing table(s) ${missing.join(", ")}.`);
      return out;
    }
    out.migrations = (
      db
        .prepare(
          "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    if (out.migrations.length === 0) out.problems.push("no applied migration is recorded in _prisma_migrations.");
    for (const t of BACKUP_COUNT_TABLES) if (tables.has(t)) out.counts[t] = countRows(db, t);
    out.ok = out.problems.length === 0;
    return out;
  } catch (err) {
    out.problems.push(`not a readable SQLite database (${messageOf(err)}).`);
    return out;
  } finally {
    db?.close();
  }
}

/**
 * Replaces `targetFile` with the database in `backupFile`. The backup is verified first (integrity_check and the
 * required tables); a bad backup throws a BackupError and the target is left untouched.
 */
export async function restoreDatabase(backupFile: string, targetFile: string): Promise<RestoreResult> {
  const t0 = performance.now();
  const backup = path.resolve(backupFile);
  const target = path.resolve(targetFile);
  if (backup === target) throw new BackupError("The backup file and the target database are the same file.");
  const check = verifyDatabaseFile(backup);
  if (!check.ok) throw new BackupError(`Refusing to restore ${backup}: ${check.problems.join(" ")}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });

  // The temporary copy lives in the target's directory, so the final rename is atomic (same file system).
  const tmp = tempSibling(target, "restore");
  let src: Database.Database | null = null;
  try {
    src = openExisting(backup, { readonly: true });
    await copyWithBackupApi(src, tmp);
    src.close();
    src = null;
    const verified = finalizeCopy(tmp);
    // Sidecars of the old file would be replayed into the new one: remove them before the rename.
    const removedSidecars: string[] = [];
    for (const suffix of SIDE_SUFFIXES) {
      const side = `${target}${suffix}`;
      if (fs.existsSync(side)) {
        fs.rmSync(side, { force: true });
        removedSidecars.push(side);
      }
    }
    fs.renameSync(tmp, target);
    fsyncDir(path.dirname(target));
    return {
      file: target,
      bytes: fs.statSync(target).size,
      counts: verified.counts as TableCounts,
      migrations: verified.migrations,
      removedSidecars,
      ms: performance.now() - t0,
    };
  } catch (err) {
    removeWithSidecars(tmp);
    if (err instanceof BackupError) throw err;
    throw new BackupError(`Restore of ${backup} into ${target} failed: ${messageOf(err)}`);
  } finally {
    src?.close();
  }
}

/** Default backup file name: backups/minerpivot-20260125T101500Z.db (UTC). */
export function defaultBackupFile(
  now = new Date(),
  dir = path.join(process.cwd(), "backups"),
  prefix = "minerpivot",
): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return path.join(dir, `${prefix}-${stamp}.db`);
}

async function copyWithBackupApi(src: Database.Database, destFile: string): Promise<void> {
  await src.backup(destFile, { progress: () => ALL_PAGES });
}

/** Makes a fresh copy self-contained (rollback journal), verifies it and syncs it to disk. */
function finalizeCopy(file: string): VerifyResult {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
  const verified = verifyDatabaseFile(file);
  if (!verified.ok) throw new BackupError(`The copy failed verification: ${verified.problems.join(" ")}`);
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return verified;
}

function openExisting(file: string, opts: { readonly: boolean }): Database.Database {
  const db = new Database(file, { readonly: opts.readonly, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

function tempSibling(file: string, what: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${what}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
}

function removeWithSidecars(file: string): void {
  for (const f of [file, ...SIDE_SUFFIXES.map((s) => `${file}${s}`)]) fs.rmSync(f, { force: true });
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory; the rename itself is still atomic.
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
