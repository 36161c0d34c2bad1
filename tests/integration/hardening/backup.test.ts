import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { BackupError, backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { openWriteDatabase } from "@/lib/ingest/sqlite";
import {
  type Child,
  counts,
  integrityCheck,
  type SeededDb,
  seededDatabase,
  sleep,
  spawnNode,
  spawnScript,
  waitFor,
  withReadonly,
} from "./helpers";

const children: Child[] = [];
const databases: SeededDb[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.killGroup("SIGKILL");
});
afterAll(() => {
  for (const d of databases.splice(0)) d.cleanup();
});

function freshDb(): SeededDb {
  const db = seededDatabase();
  databases.push(db);
  return db;
}

const WRITER_URL = "https://synthetic.example/hardening-writer/";

/**
 * Another process writing in a loop: each transaction adds one synthetic Source and one Observation citing it,
 * so any consistent snapshot has as many writer sources as writer observations. Stops when `stopFile` appears;
 * with `crashAfter` it instead kills itself after that many transactions, leaving committed frames in the WAL.
 */
function startWriter(file: string, opts: { stopFile?: string; crashAfter?: number } = {}): Child {
  const script = `
    const fs = require("node:fs");
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    ${opts.crashAfter ? 'db.pragma("wal_autocheckpoint = 0");' : ""}
    const companyId = db.prepare("SELECT id FROM Company ORDER BY id LIMIT 1").pluck().get();
    const addSource = db.prepare("INSERT INTO Source (url, kind, date, tier) VALUES (?, 'news', NULL, 'secondary')");
    const addObservation = db.prepare(
      "INSERT INTO Observation (companyId, metric, periodEnd, periodType, value, unit, sourceId, quote) VALUES (?, 'btc_held', '1980-01-31', 'month', ?, 'BTC', ?, ?)",
    );
    let i = 0;
    const pair = db.transaction(() => {
      const sourceId = addSource.run(${JSON.stringify(WRITER_URL)} + i).lastInsertRowid;
      addObservation.run(companyId, i, sourceId, "SYNTHETIC writer row " + i + ", not real data");
      i++;
    });
    (function tick() {
      for (let k = 0; k < 10; k++) pair();
      if (${opts.crashAfter ?? 0} && i >= ${opts.crashAfter ?? 0}) process.kill(process.pid, "SIGKILL");
      if (${JSON.stringify(opts.stopFile ?? "")} && fs.existsSync(${JSON.stringify(opts.stopFile ?? "")})) {
        db.close();
        process.stdout.write(String(i));
        process.exit(0);
      }
      setImmediate(tick);
    })();
  `;
  const child = spawnNode(["-e", script], `file:${file}`);
  children.push(child);
  return child;
}

const writerRows = (db: Database.Database) =>
  db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM Source WHERE url LIKE '${WRITER_URL}%') AS sources,
              (SELECT COUNT(*) FROM Observation WHERE quote LIKE 'SYNTHETIC writer row %') AS observations`,
    )
    .get() as { sources: number; observations: number };

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
/**
 * The files of a directory, byte for byte — except the -shm index, which every reader may write to (read marks)
 * and which SQLite rebuilds from the WAL whenever needed; its presence is still compared.
 */
const snapshotFiles = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, f.endsWith("-shm") ? "(shared-memory index)" : sha256(path.join(dir, f))]),
  );

describe("db backup (online backup API)", () => {
  test("a backup taken while another process writes in a loop is intact and a consistent snapshot", async () => {
    const db = freshDb();
    const seeded = counts(db.file);
    const stopFile = path.join(db.dir, "stop-writer");
    const writer = startWriter(db.file, { stopFile });
    const reader = new Database(db.file, { readonly: true });
    await waitFor("the writer to commit", () => (writerRows(reader).observations >= 200 ? true : undefined));

    const results = [];
    for (let k = 0; k < 5; k++) {
      const before = writerRows(reader).observations;
      const result = await backupDatabase(db.file, path.join(db.dir, "backups", `b${k}.db`));
      const after = writerRows(reader).observations;
      results.push({ result, before, after });
      await sleep(50);
    }
    fs.writeFileSync(stopFile, "");
    const exit = await writer.exited;
    expect(exit, writer.stderr()).toEqual({ code: 0, signal: null });
    const written = Number(writer.stdout());
    reader.close();

    for (const { result, before, after } of results) {
      expect(fs.existsSync(result.file)).toBe(true);
      expect(result.bytes).toBe(fs.statSync(result.file).size);
      expect(integrityCheck(result.file)).toEqual(["ok"]);
      withReadonly(result.file, (b) => {
        // A self-contained file: rollback journal, no -wal/-shm needed next to it.
        expect(b.pragma("journal_mode", { simple: true })).toBe("delete");
        expect(b.pragma("foreign_key_check")).toEqual([]);
        const rows = writerRows(b);
        // Each writer transaction is in the copy entirely or not at all.
        expect(rows.sources).toBe(rows.observations);
        expect(rows.observations).toBeGreaterThanOrEqual(before);
        expect(rows.observations).toBeLessThanOrEqual(after);
        expect(result.counts.Observation).toBe(seeded.Observation + rows.observations);
        expect(result.counts.Source).toBe(seeded.Source + rows.sources);
      });
      expect({ ...result.counts, Observation: 0, Source: 0 }).toEqual({ ...seeded, Observation: 0, Source: 0 });
    }
    // The writer kept going during and after the backups.
    expect(written).toBeGreaterThan(results.at(-1)!.after - 1);
    expect(new Set(results.map((r) => r.result.counts.Observation)).size).toBeGreaterThan(1);
    expect(fs.readdirSync(path.join(db.dir, "backups")).sort()).toEqual(["b0.db", "b1.db", "b2.db", "b3.db", "b4.db"]);
  }, 60_000);

  test("an import's open write transaction neither blocks a backup nor ends up in it", async () => {
    const db = freshDb();
    const seeded = counts(db.file);
    const importer = openWriteDatabase(db.file);
    try {
      importer.prepare("BEGIN IMMEDIATE").run();
      importer.prepare("DELETE FROM Observation WHERE id IN (SELECT id FROM Observation LIMIT 100)").run();
      const result = await backupDatabase(db.file, path.join(db.dir, "during-import.db"));
      expect(result.counts).toEqual(seeded);
      importer.prepare("COMMIT").run();
    } finally {
      importer.close();
    }
    expect(counts(db.file).Observation).toBe(seeded.Observation - 100);
  });

  test("refuses a missing source and an existing destination, and leaves no partial file", async () => {
    const db = freshDb();
    const missing = path.join(db.dir, "nope.db");
    await expect(backupDatabase(missing, path.join(db.dir, "x.db"))).rejects.toThrow(`No database at ${missing}.`);
    expect(fs.existsSync(missing)).toBe(false);
    const dest = path.join(db.dir, "exists.db");
    fs.writeFileSync(dest, "keep me");
    await expect(backupDatabase(db.file, dest)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(dest, "utf8")).toBe("keep me");
    // A corrupt source: the copy fails verification and nothing is left behind.
    const corrupt = path.join(db.dir, "corrupt-source.db");
    fs.writeFileSync(corrupt, randomBytes(64 * 1024));
    await expect(backupDatabase(corrupt, path.join(db.dir, "out", "c.db"))).rejects.toThrow(BackupError);
    expect(fs.readdirSync(path.join(db.dir, "out"))).toEqual([]);
  });
});

describe("db restore", () => {
  test("restores a backup over a modified database (with a stale WAL) and the counts equal the backup's", async () => {
    const db = freshDb();
    const backup = await backupDatabase(db.file, path.join(db.dir, "backup.db"));

    // Modify the live database: delete seeded rows, then a writer commits more rows and dies without
    // checkpointing, so committed frames sit in minerpivot.db-wal.
    const w = openWriteDatabase(db.file);
    w.prepare("DELETE FROM Event").run();
    w.prepare("DELETE FROM Observation WHERE id % 3 = 0").run();
    w.close();
    const writer = startWriter(db.file, { crashAfter: 500 });
    expect((await writer.exited).signal).toBe("SIGKILL");
    expect(fs.statSync(`${db.file}-wal`).size).toBeGreaterThan(0);
    const modified = counts(db.file);
    expect(modified.Event).toBe(0);
    expect(modified.Observation).not.toBe(backup.counts.Observation);
    expect(modified.Source).toBeGreaterThan(backup.counts.Source);

    const result = await restoreDatabase(backup.file, db.file);
    expect(result.counts).toEqual(backup.counts);
    expect(result.removedSidecars).toContain(`${db.file}-wal`);
    expect(integrityCheck(db.file)).toEqual(["ok"]);
    expect(counts(db.file)).toEqual(backup.counts);
    // Nothing left over: no temporary copy, no old sidecar.
    expect(fs.readdirSync(db.dir).sort()).toEqual(["backup.db", "minerpivot.db"]);
    // The app's writer opens it as usual (WAL again) and can write.
    const app = openWriteDatabase(db.file);
    expect(app.pragma("journal_mode", { simple: true })).toBe("wal");
    app.prepare("UPDATE Company SET website = website").run();
    app.close();
    expect(counts(db.file)).toEqual(backup.counts);
  }, 60_000);

  test("restores into a database that does not exist yet", async () => {
    const db = freshDb();
    const backup = await backupDatabase(db.file, path.join(db.dir, "backup.db"));
    const target = path.join(db.dir, "new", "restored.db");
    const result = await restoreDatabase(backup.file, target);
    expect(counts(target)).toEqual(backup.counts);
    expect(result.removedSidecars).toEqual([]);
  });

  const badBackups: { name: string; make: (good: string, bad: string) => void; message: RegExp }[] = [
    {
      name: "garbage bytes",
      make: (_good, bad) => fs.writeFileSync(bad, randomBytes(256 * 1024)),
      message: /: not a readable SQLite database \(file is not a database\)\.$/,
    },
    {
      name: "a SQLite file with garbage written over its pages",
      make: (good, bad) => {
        const bytes = fs.readFileSync(good);
        randomBytes(bytes.length - 8192).copy(bytes, 8192);
        fs.writeFileSync(bad, bytes);
      },
      message: /: (integrity_check failed: .+|not a readable SQLite database \(database disk image is malformed\))\.$/,
    },
    {
      name: "a truncated backup",
      make: (good, bad) => fs.writeFileSync(bad, fs.readFileSync(good).subarray(0, 40_000)),
      message: /: (integrity_check failed: .+|not a readable SQLite database \(.+\))\.$/,
    },
    {
      name: "an intact SQLite database of something else",
      make: (_good, bad) => {
        const other = new Database(bad);
        other.exec("CREATE TABLE Company (id INTEGER PRIMARY KEY); CREATE TABLE notes (body TEXT)");
        other.close();
      },
      message: /: not a MinerPivot database: missing table\(s\) Observation, Source, _prisma_migrations\.$/,
    },
    { name: "an empty file", make: (_good, bad) => fs.writeFileSync(bad, ""), message: /: .+ is empty\.$/ },
    { name: "a missing file", make: () => {}, message: /: .+ does not exist\.$/ },
  ];

  test.each(badBackups)("refuses $name with a clear message; the target is untouched", async ({ make, message }) => {
    const db = freshDb();
    const good = await backupDatabase(db.file, path.join(db.dir, "backups", "good.db"));
    // The live target has a WAL of its own, which must survive a refused restore too.
    const w = openWriteDatabase(db.file);
    w.prepare("DELETE FROM Event WHERE kind = 'halving'").run();
    const bad = path.join(db.dir, "backups", "bad.db");
    make(good.file, bad);
    const before = snapshotFiles(db.dir);
    const beforeCounts = counts(db.file);

    const error = await restoreDatabase(bad, db.file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Refusing to restore ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    expect((error as Error).message).toMatch(message);
    expect(snapshotFiles(db.dir)).toEqual(before);
    w.close();
    expect(counts(db.file)).toEqual(beforeCounts);
    expect(integrityCheck(db.file)).toEqual(["ok"]);
  });
});

describe("npm run db:backup / db:restore", () => {
  test("back up, refuse without --yes, refuse a corrupt file, restore with --yes", async () => {
    const db = freshDb();
    const run = async (script: "db-backup" | "db-restore", args: string[]) => {
      const child = spawnScript(script, args, db.url, db.dir);
      children.push(child);
      const { code } = await child.exited;
      return { code, out: child.stdout(), err: child.stderr() };
    };
    const seeded = counts(db.file);

    const help = await run("db-backup", ["--help"]);
    expect(help).toMatchObject({ code: 0, out: expect.stringContaining("Usage: npm run db:backup") });
    expect(await run("db-backup", ["--nope"])).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option/) });

    const out = path.join(db.dir, "b.db");
    const backup = await run("db-backup", ["--out", out]);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toContain(`file      ${out}`);
    expect(backup.out).toMatch(/size {6}\d/);
    expect(backup.out).toContain(`Observation ${seeded.Observation}`);
    expect(backup.out).toContain("integrity ok");
    expect(counts(out)).toEqual(seeded);
    expect(await run("db-backup", ["--out", out])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already exists/),
    });

    // Default name: backups/minerpivot-<UTC timestamp>.db under the working directory.
    const byDefault = await run("db-backup", ["--json"]);
    expect(byDefault.code, byDefault.err).toBe(0);
    expect(JSON.parse(byDefault.out).file).toMatch(/\/backups\/minerpivot-\d{8}T\d{6}Z\.db$/);

    const w = openWriteDatabase(db.file);
    w.prepare("DELETE FROM Observation WHERE id % 2 = 0").run();
    w.close();
    const modified = counts(db.file);

    const noYes = await run("db-restore", [out]);
    expect(noYes.code).toBe(1);
    expect(noYes.out).toContain(`WARNING: this replaces the database ${db.file}`);
    expect(noYes.err).toContain("Re-run with --yes");
    expect(counts(db.file)).toEqual(modified);

    const garbage = path.join(db.dir, "garbage.db");
    fs.writeFileSync(garbage, randomBytes(10_000));
    const refused = await run("db-restore", [garbage, "--yes"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`db:restore: Refusing to restore ${garbage}: not a readable SQLite database`);
    expect(counts(db.file)).toEqual(modified);

    const restored = await run("db-restore", [out, "--yes"]);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain(`Restored ${db.file}`);
    expect(counts(db.file)).toEqual(seeded);
    // The replaced database was kept first.
    const safety = restored.out.match(/saved to (\S+minerpivot-pre-restore-\d{8}T\d{6}Z\.db)/)?.[1];
    expect(safety).toBeDefined();
    expect(counts(safety!)).toEqual(modified);
  }, 120_000);
});
