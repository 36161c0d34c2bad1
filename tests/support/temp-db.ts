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

/**
 * Copies the curated dataset (CSV files and the shipped filings) so a test can corrupt its copy; with
 * `filings: false` the copy's filing manifest is empty, for tests that import those filings themselves.
 */
export function copyDataset(opts: { filings?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-data-"));
  for (const f of fs.readdirSync("prisma/data")) {
    if (f.endsWith(".csv")) fs.copyFileSync(path.join("prisma/data", f), path.join(dir, f));
  }
  fs.mkdirSync(path.join(dir, "filings"));
  const manifest = path.join("prisma/data/filings/MANIFEST.csv");
  if (opts.filings === false) {
    fs.writeFileSync(
      path.join(dir, "filings", "MANIFEST.csv"),
      `${fs.readFileSync(manifest, "utf8").split("\n")[0]}\n`,
    );
  } else {
    for (const f of fs.readdirSync("prisma/data/filings")) {
      fs.copyFileSync(path.join("prisma/data/filings", f), path.join(dir, "filings", f));
    }
  }
  return dir;
}
