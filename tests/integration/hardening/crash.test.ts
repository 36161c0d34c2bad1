import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import {
  type Child,
  type Counts,
  counts,
  integrityCheck,
  type SeededDb,
  seededDatabase,
  sleep,
  spawnIngest,
  waitFor,
  withReadonly,
  writeSyntheticObservationsCsv,
} from "./helpers";

/**
 * Crash safety of `npm run ingest`: one transaction per input in WAL mode means a process killed in the middle of
 * its transaction leaves the database exactly as it was (only the audit row of the interrupted run remains), and
 * readers — the web server — keep reading the last committed state while an import runs.
 */

const ROWS = 150_000;
let dataDir: string;
let csv: string;
let sources: number;
const children: Child[] = [];
const databases: SeededDb[] = [];

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "minerpivot-crash-"));
  csv = path.join(dataDir, "observations-synthetic.csv");
  ({ sources } = writeSyntheticObservationsCsv(csv, ROWS, "crash"));
});

afterEach(() => {
  for (const c of children.splice(0)) c.killGroup("SIGKILL");
});

afterAll(() => {
  for (const d of databases.splice(0)) d.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function freshDb(): SeededDb {
  const db = seededDatabase();
  databases.push(db);
  return db;
}

function ingest(args: string[], url: string): Child {
  const child = spawnIngest(args, url);
  children.push(child);
  return child;
}

interface RunRow {
  id: number;
  status: string;
  finishedAt: string | null;
  inserted: number;
  errors: string;
}

const runningRun = (reader: Database.Database) =>
  reader.prepare("SELECT id, status FROM ImportRun WHERE status = 'running' ORDER BY id DESC LIMIT 1").get() as
    | { id: number; status: string }
    | undefined;

/** Waits until the importer has recorded its "running" audit row: it opens its write transaction next. */
async function waitUntilRunning(child: Child, file: string): Promise<number> {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return await waitFor(
      "the import to start its transaction",
      () => {
        if (child.proc.exitCode !== null)
          throw new Error(`the import exited early (${child.proc.exitCode}):\n${child.stdout()}\n${child.stderr()}`);
        return runningRun(reader)?.id;
      },
      { timeoutMs: 120_000, everyMs: 10 },
    );
  } finally {
    reader.close();
  }
}

const DATA_TABLES = ["Company", "CompanyNote", "Source", "Observation", "Event", "BtcPrice", "Revision"] as const;
const dataCounts = (c: Counts) => Object.fromEntries(DATA_TABLES.map((t) => [t, c[t]]));

describe("crash safety of the importer", () => {
  const walSize = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);

  test.each([
    { when: "300 ms into its transaction", spilled: false },
    { when: "once its transaction has spilled uncommitted pages into the WAL", spilled: true },
  ])(
    `kill -9 of a ${ROWS.toLocaleString("en-US")}-row import $when: the database is intact and unchanged; a re-run imports everything`,
    async ({ spilled }) => {
      const db = freshDb();
      const before = counts(db.file);

      const t0 = performance.now();
      const child = ingest([csv], db.url);
      const runId = await waitUntilRunning(child, db.file);
      const tRunning = performance.now();
      const walAtStart = walSize(db.file);
      await sleep(300);
      if (spilled)
        await waitFor(
          "the transaction to write pages into the WAL",
          () => (walSize(db.file) > walAtStart + 4_000_000 || child.proc.exitCode !== null ? true : undefined),
          { everyMs: 5 },
        );
      // Still inside its transaction: not finished, the run not closed, nothing visible to other connections.
      expect(child.proc.exitCode, `the import finished before it could be killed:\n${child.stdout()}`).toBeNull();
      withReadonly(db.file, (r) => {
        expect(runningRun(r)?.id).toBe(runId);
        expect(r.prepare("SELECT COUNT(*) AS n FROM Observation").get()).toEqual({ n: before.Observation });
      });
      const walBytes = walSize(db.file);
      child.killGroup("SIGKILL");
      expect(await child.exited).toEqual({ code: null, signal: "SIGKILL" });
      console.info(
        `crash: "running" after ${((tRunning - t0) / 1000).toFixed(1)} s, killed ${((performance.now() - tRunning) / 1000).toFixed(2)} s later (WAL ${(walBytes / 1e6).toFixed(1)} MB)`,
      );

      expect(integrityCheck(db.file)).toEqual(["ok"]);
      const after = counts(db.file);
      expect(dataCounts(after)).toEqual(dataCounts(before));
      // The interrupted run's audit row stays: "running", never finished, nothing attributed to it.
      expect(after.ImportRun).toBe(before.ImportRun + 1);
      withReadonly(db.file, (r) => {
        const run = r.prepare("SELECT id, status, finishedAt, inserted, errors FROM ImportRun WHERE id = ?").get(runId);
        expect(run).toEqual({ id: runId, status: "running", finishedAt: null, inserted: 0, errors: "[]" });
        expect(r.prepare("SELECT COUNT(*) AS n FROM Observation WHERE importRunId = ?").get(runId)).toEqual({ n: 0 });
      });

      // The same import again, to completion.
      const rerun = ingest([csv, "--json"], db.url);
      const exit = await rerun.exited;
      expect(exit, rerun.stderr()).toEqual({ code: 0, signal: null });
      const [report] = JSON.parse(rerun.stdout()) as {
        status: string;
        counts: { inserted: number };
        importRunId: number;
      }[];
      expect(report.status).toBe("ok");
      expect(report.counts.inserted).toBe(ROWS);
      expect(integrityCheck(db.file)).toEqual(["ok"]);
      const done = counts(db.file);
      expect(done.Observation).toBe(before.Observation + ROWS);
      expect(done.Source).toBe(before.Source + sources);
      withReadonly(db.file, (r) => {
        const runs = r
          .prepare("SELECT id, status, finishedAt, inserted FROM ImportRun WHERE id >= ? ORDER BY id")
          .all(runId) as Omit<RunRow, "errors">[];
        expect(runs.map((x) => [x.id, x.status, x.inserted])).toEqual([
          [runId, "running", 0],
          [report.importRunId, "ok", ROWS],
        ]);
        expect(
          r.prepare("SELECT COUNT(*) AS n FROM Observation WHERE importRunId = ?").get(report.importRunId),
        ).toEqual({
          n: ROWS,
        });
      });

      // --history still lists the interrupted run as "running" (an audit trail; nothing marks it as interrupted).
      const history = ingest(["--history"], db.url);
      expect((await history.exited).code).toBe(0);
      expect(history.stdout()).toMatch(new RegExp(`#${runId}\\s.*\\brunning\\b`));
    },
    240_000,
  );

  test("pages keep serving during an import: WAL readers never get SQLITE_BUSY and see only committed data", async () => {
    const db = freshDb();
    const before = counts(db.file);
    const reader = new Database(db.file, { readonly: true, fileMustExist: true });
    const prisma = createPrismaClient(db.url);
    try {
      expect(reader.pragma("journal_mode", { simple: true })).toBe("wal");
      const child = ingest([csv], db.url);
      await waitUntilRunning(child, db.file);
      const seen = new Set<number>();
      const errors: string[] = [];
      let readsWhileRunning = 0;
      let slowest = 0;
      while (child.proc.exitCode === null) {
        const t = performance.now();
        try {
          const running = runningRun(reader) !== undefined;
          const direct = (reader.prepare("SELECT COUNT(*) AS n FROM Observation").get() as { n: number }).n;
          const [viaPrisma, companies] = await Promise.all([
            prisma.observation.count(),
            prisma.company.findMany({ select: { ticker: true } }),
          ]);
          seen.add(direct).add(viaPrisma);
          expect(companies).toHaveLength(before.Company);
          if (running) readsWhileRunning++;
        } catch (err) {
          errors.push(String(err));
        }
        slowest = Math.max(slowest, performance.now() - t);
        await sleep(25);
      }
      const exit = await child.exited;
      expect(exit, child.stderr()).toEqual({ code: 0, signal: null });
      console.info(
        `concurrent reads: ${readsWhileRunning} rounds while the import ran, slowest ${slowest.toFixed(0)} ms`,
      );
      expect(errors).toEqual([]);
      expect(readsWhileRunning).toBeGreaterThan(10);
      // All or nothing: readers saw the old count, then (after the commit) the new one, never a part of the import.
      for (const n of seen) expect([before.Observation, before.Observation + ROWS]).toContain(n);
      expect(await prisma.observation.count()).toBe(before.Observation + ROWS);
      expect(reader.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      await prisma.$disconnect();
      reader.close();
    }
  }, 240_000);
});
