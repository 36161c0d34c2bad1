import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ensure = (file: string) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db-ensure.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });

describe("startup (npm run db:ensure, run by dev/start/up)", () => {
  test("a missing database is created, migrated and seeded; a second run keeps it and changes nothing", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mp-start-")), "sub", "app.db");
    const first = ensure(file);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Seeded .*app\.db: \d+ rows\./);
    const second = ensure(file);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Database ready");
    expect(second.stdout).toContain("(12 companies)");
    expect(second.stdout).not.toContain("Updated");
  });

  test("a damaged database stops the start with a clear message and is left untouched", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mp-start-")), "broken.db");
    fs.writeFileSync(file, "this is not a database");
    const r = ensure(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`The database ${file} is damaged or not a SQLite database (file is not a database).`);
    expect(r.stderr).toContain("npm run db:restore");
    expect(fs.readFileSync(file, "utf8")).toBe("this is not a database");
  });
});
