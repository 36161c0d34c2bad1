import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh SQLite file migrated with the project's real migrations (prisma migrate deploy). */
export function createMigratedDatabase(): { file: string; url: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  return { file, url, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the curated dataset so a test can corrupt its copy. */
export function copyDataset(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-data-"));
  for (const f of fs.readdirSync("prisma/data")) {
    if (f.endsWith(".csv")) fs.copyFileSync(path.join("prisma/data", f), path.join(dir, f));
  }
  return dir;
}
