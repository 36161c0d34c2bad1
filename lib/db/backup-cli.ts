import fs from "node:fs";
import path from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";
import { BACKUP_COUNT_TABLES, type TableCounts } from "./backup";

/** Shared pieces of scripts/db-backup.ts and scripts/db-restore.ts: argument parsing, the database path, output. */

export class UsageError extends Error {
  override name = "UsageError";
}

/** parseArgs, with its errors (unknown option, missing value) turned into UsageErrors. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Validates parsed arguments with a zod schema; the first problems become one UsageError. */
export function validateArgs<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new UsageError(
    parsed.error.issues
      .map((i) => (i.path.length && i.path[0] !== "positionals" ? `--${i.path.join(".")}: ${i.message}` : i.message))
      .slice(0, 3)
      .join("; "),
  );
}

const databaseUrlSchema = z
  .string()
  .regex(/^file:.+/, "DATABASE_URL must be a SQLite file URL (file:/path/to.db)")
  .optional();

/** The database file DATABASE_URL names (or prisma/data/minerpivot.db), validated and absolute. */
export function databaseFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = validateArgs(databaseUrlSchema, env.DATABASE_URL);
  const file = url ? url.replace(/^file:/, "").replace(/\?.*$/, "") : path.join("prisma", "data", "minerpivot.db");
  return path.resolve(file);
}

/** Migrations of this checkout (prisma/migrations/<name>/migration.sql), oldest first. */
export function projectMigrations(root = path.resolve(import.meta.dirname, "..", "..")): string[] {
  const dir = path.join(root, "prisma", "migrations");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** "Company 9, Observation 569, …" in a fixed order. */
export function formatCounts(counts: Partial<TableCounts>): string {
  return BACKUP_COUNT_TABLES.filter((t) => counts[t] !== undefined)
    .map((t) => `${t} ${counts[t]!.toLocaleString("en-US")}`)
    .join(", ");
}
