/** Temporary databases for the benchmarks: a temp dir removed at exit, migrated with the real migrations. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDatabase } from "../../lib/ingest/seed";
import { onCleanup } from "./cleanup";
import { ROOT } from "./server";

export interface TempDatabase {
  dir: string;
  file: string;
  /** DATABASE_URL form: file:/abs/path.db */
  url: string;
}

export function tempDir(prefix = "minerpivot-bench-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(`rm ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An empty database with every migration applied (`prisma migrate deploy`). */
export function migratedDatabase(name = "bench.db"): TempDatabase {
  const dir = tempDir();
  const file = path.join(dir, name);
  const url = `file:${file}`;
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: "ignore",
    },
  );
  return { dir, file, url };
}

/** A migrated database seeded with the curated dataset in prisma/data (what the site ships with). */
export function seededDatabase(): TempDatabase {
  const db = migratedDatabase();
  const result = seedDatabase(path.join(ROOT, "prisma", "data"), db.file);
  if (!result.ok) throw new Error(`seed failed:\n  ${result.errors.join("\n  ")}`);
  return db;
}
