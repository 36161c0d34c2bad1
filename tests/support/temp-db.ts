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
export function copyDataset(opts: { filings?: boolean; without?: readonly string[] } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-data-"));
  // `without`: companies left out (with every row that names them), for tests of a company new to the database.
  const dropped = (line: string) => (opts.without ?? []).some((t) => line.startsWith(`${t},`));
  for (const f of fs.readdirSync("prisma/data")) {
    if (!f.endsWith(".csv")) continue;
    const text = fs.readFileSync(path.join("prisma/data", f), "utf8");
    fs.writeFileSync(
      path.join(dir, f),
      opts.without
        ? text
            .split("\n")
            .filter((l) => !dropped(l))
            .join("\n")
        : text,
    );
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
      const to = path.join(dir, "filings", f);
      if (f !== "MANIFEST.csv") fs.copyFileSync(path.join("prisma/data/filings", f), to);
      else {
        const lines = fs.readFileSync(manifest, "utf8").split("\n");
        const keep = lines.filter((l, i) => i === 0 || !(opts.without ?? []).some((t) => l.split(",")[1] === t));
        fs.writeFileSync(to, keep.join("\n"));
      }
    }
  }
  return dir;
}
