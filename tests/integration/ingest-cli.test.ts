import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/ingest/seed";
import { createMigratedDatabase } from "../support/temp-db";
import { type FixtureServer, startFixtureServer } from "../unit/sec/fixture-server";

/** Runs `npm run ingest -- …` the way a person does (tsx CLI), without blocking the event loop. */
function ingest(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/ingest.ts", ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let db: ReturnType<typeof createMigratedDatabase>;
let server: FixtureServer;
beforeAll(async () => {
  db = createMigratedDatabase();
  expect(seedDatabase("prisma/data", db.file).ok).toBe(true);
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  db.cleanup();
});

describe("npm run ingest", () => {
  test("--facts prints every fact of both real filings as exact JSON lines", async () => {
    const clsk = await ingest(["--facts", "tests/fixtures/filings/clsk-10q-2025-06-30.htm"], { DATABASE_URL: db.url });
    expect(clsk.code).toBe(0);
    const lines = clsk.stdout.trim().split("\n");
    expect(lines).toHaveLength(1129);
    expect(lines).toContain(
      '{"concept":"us-gaap:RetainedEarningsAccumulatedDeficit","value":-124573000,"unit":"iso4217:USD","start":null,"end":null,"instant":"2025-06-30","dims":{}}',
    );
    for (const l of lines)
      expect(Object.keys(JSON.parse(l))).toEqual(["concept", "value", "unit", "start", "end", "instant", "dims"]);
    const btbt = await ingest(["--facts", "tests/fixtures/filings/btbt-10q-2025-09-30.htm"], { DATABASE_URL: db.url });
    expect(btbt.stdout.trim().split("\n")).toHaveLength(1507);
  });

  test("--facts on a filing with sloppy facts: exit 0, recovered values printed, a warning per repair on stderr", async () => {
    const file = "prisma/data/filings/clsk-10q-2024-03-31.htm.gz";
    const r = await ingest(["--facts", file], { DATABASE_URL: db.url });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1055);
    // "1,503," (trailing comma) under ixt:num-dot-decimal, scale 3: 1,503,000 assumed loans.
    expect(lines.filter((l) => l.includes('"us-gaap:LoansAssumed1"'))).toEqual([
      '{"concept":"us-gaap:LoansAssumed1","value":1503000,"unit":"iso4217:USD","start":"2023-10-01","end":"2024-03-31","instant":null,"dims":{"us-gaap:BusinessAcquisitionAxis":"clsk:MarqueeFundingPartnersMember"}}',
    ]);
    // "nil" under ixt-sec:numwordsen: no income tax in the three and six months to 2023-03-31.
    const tax = lines.map((l) => JSON.parse(l)).filter((f) => f.concept === "us-gaap:IncomeTaxExpenseBenefit");
    expect(tax.filter((f) => f.value === 0).map((f) => `${f.start}..${f.end}`)).toEqual([
      "2023-01-01..2023-03-31",
      "2022-10-01..2023-03-31",
    ]);
    expect(r.stderr.trim().split("\n")).toEqual([
      `warning: ${file}:7009:us-gaap:LoansAssumed1: text "1,503," is not valid input for format ixt:num-dot-decimal; read "1,503", ignoring the trailing ","`,
      `warning: ${file}:7011:us-gaap:IncomeTaxExpenseBenefit: text "nil" is not valid input for format ixt-sec:numwordsen; read the word "nil" as 0`,
      `warning: ${file}:7011:us-gaap:IncomeTaxExpenseBenefit: text "nil" is not valid input for format ixt-sec:numwordsen; read the word "nil" as 0`,
    ]);
  });

  test("--sec downloads companyfacts and the latest filings from a configurable SEC, then imports them", async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "mp-sec-cache-"));
    const env = {
      DATABASE_URL: db.url,
      SEC_USER_AGENT: "MinerPivot tests tests@example.com",
      SEC_DATA_BASE_URL: server.dataBaseUrl,
      SEC_WWW_BASE_URL: server.wwwBaseUrl,
      SEC_CACHE_DIR: cache,
    };
    const r = await ingest(["--sec", "CLSK"], env);
    expect(r.stderr).toContain("downloaded");
    expect(r.stdout).toMatch(/\[companyfacts\]: \d+ inserted/);
    const conn = new Database(db.file, { readonly: true });
    const sources = conn
      .prepare("SELECT url, kind, date FROM Source WHERE url LIKE 'https://www.sec.gov/Archives/edgar/data/827876/%'")
      .all();
    conn.close();
    expect(sources.length).toBeGreaterThan(0);
    expect(server.requests.every((q) => q.userAgent === "MinerPivot tests tests@example.com")).toBe(true);
    // A second run is served from the cache and changes nothing.
    const before = server.requests.length;
    const again = await ingest(["--sec", "CLSK"], env);
    expect(server.requests.length).toBe(before);
    expect(again.stdout).toContain("already imported, nothing changed");
  });

  test("--history lists the audit of every run", async () => {
    const r = await ingest(["--history"], { DATABASE_URL: db.url });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/#1\s+\S+ \S+\s+ok\s+seed/);
  });
});
