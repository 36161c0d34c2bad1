import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/ingest/seed";
import { copyDataset, createMigratedDatabase } from "../support/temp-db";

const TABLES = ["Company", "CompanyNote", "Source", "Observation", "Event", "BtcPrice", "Revision"] as const;
const csvRows = (file: string) => fs.readFileSync(path.join("prisma/data", file), "utf8").trim().split("\n").length - 1;

describe("seed against a real SQLite database", () => {
  let db: ReturnType<typeof createMigratedDatabase>;
  const counts = () => {
    const conn = new Database(db.file, { readonly: true });
    const out = Object.fromEntries(
      TABLES.map((t) => [t, (conn.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
    conn.close();
    return out;
  };
  const dump = () => {
    const conn = new Database(db.file, { readonly: true });
    const out = TABLES.map((t) => conn.prepare(`SELECT * FROM "${t}" ORDER BY id`).all());
    conn.close();
    return out;
  };

  beforeAll(() => {
    db = createMigratedDatabase();
  });
  afterAll(() => db.cleanup());

  test("loads every company, observation and price with its source", () => {
    const result = seedDatabase("prisma/data", db.file);
    expect(result.ok).toBe(true);
    const n = counts();
    expect(n.Company).toBe(csvRows("companies.csv"));
    // The curated rows plus the facts the shipped filings map to (tests/integration/seed-filings.test.ts).
    expect(n.Observation).toBe(
      csvRows("observations.csv") + (result.ok ? result.filings.reduce((s, f) => s + f.mapped, 0) : 0),
    );
    expect(n.BtcPrice).toBe(csvRows("btc-prices.csv"));
    expect(n.CompanyNote).toBe(csvRows("company-notes.csv"));
    const conn = new Database(db.file, { readonly: true });
    const orphan = conn
      .prepare(
        "SELECT COUNT(*) AS n FROM Observation o LEFT JOIN Source s ON s.id = o.sourceId WHERE s.id IS NULL OR s.url = '' OR o.quote = ''",
      )
      .get() as { n: number };
    expect(orphan.n).toBe(0);
    // MARA's 2024-06-30 holdings: two sources, two values, both kept.
    const mara = conn
      .prepare(
        "SELECT o.value FROM Observation o JOIN Company c ON c.id = o.companyId WHERE c.ticker = 'MARA' AND o.metric = 'btc_held' AND o.periodEnd = '2024-06-30' ORDER BY o.value",
      )
      .all() as { value: number }[];
    expect(mara.map((r) => r.value)).toEqual([18488, 18536]);
    const tiers = conn.prepare("SELECT tier, COUNT(*) AS n FROM Source GROUP BY tier ORDER BY tier").all() as {
      tier: string;
    }[];
    expect(tiers.map((t) => t.tier)).toEqual(["company", "filing", "secondary"]);
    const events = conn.prepare("SELECT kind, COUNT(*) AS n FROM Event GROUP BY kind ORDER BY kind").all();
    expect(events).toEqual([
      { kind: "btc_sale", n: 9 },
      { kind: "contract", n: csvRows("contracts.csv") },
      { kind: "halving", n: 1 },
    ]);
    const run = conn.prepare("SELECT status, inserted, revised FROM ImportRun ORDER BY id DESC LIMIT 1").get();
    expect(run).toMatchObject({ status: "ok", revised: 0 });
    conn.close();
  });

  test("seeding twice changes nothing", () => {
    const before = dump();
    const result = seedDatabase("prisma/data", db.file);
    expect(result.ok && result.counts).toMatchObject({ inserted: 0, revised: 0 });
    expect(dump()).toEqual(before);
  });

  test("a bad row aborts the seed, names file:line:field and writes nothing", () => {
    const dir = copyDataset();
    const file = path.join(dir, "observations.csv");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    lines[9] = lines[9].replace(/,(btc_\w+|hashrate_ehs|hpc_\w+),/, ",btc_hodl,");
    // A new, otherwise valid row that must not be written either.
    lines.push('RIOT,2030-01-31,month,btc_held,1,BTC,https://example.test/new,news,,"held 1"');
    fs.writeFileSync(file, lines.join("\n"));
    const before = dump();
    const result = seedDatabase(dir, db.file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([`${file}:10:metric: unknown metric "btc_hodl"`]);
    expect(dump()).toEqual(before);
    const conn = new Database(db.file, { readonly: true });
    expect(conn.prepare("SELECT status, rejected FROM ImportRun ORDER BY id DESC LIMIT 1").get()).toEqual({
      status: "rejected",
      rejected: 1,
    });
    conn.close();
    fs.rmSync(dir, { recursive: true });
  });

  test("an unknown ticker and a conflicting duplicate are rejected together", () => {
    const dir = copyDataset();
    const file = path.join(dir, "observations.csv");
    const text = fs.readFileSync(file, "utf8").trimEnd();
    const last = text.split("\n").at(-1)!;
    const conflicting = last.replace(/^(([^,]*,){4})([^,]*)/, (_m, head) => `${head}999999`);
    fs.writeFileSync(
      file,
      `${text}\nZZZZ,2024-01-31,month,btc_held,5,BTC,https://example.test/z,news,,"held 5"\n${conflicting}\n`,
    );
    const lineCount = text.split("\n").length;
    const result = seedDatabase(dir, db.file);
    expect(!result.ok && result.errors).toEqual([
      `${file}:${lineCount + 1}:ticker: unknown ticker "ZZZZ"`,
      expect.stringMatching(
        new RegExp(
          `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${lineCount + 2}:value: duplicated row with a different value`,
        ),
      ),
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});
