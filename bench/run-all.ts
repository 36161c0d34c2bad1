/**
 * Runs every benchmark in sequence, each in its own process (as `npx tsx bench/<name>.ts` would), then repeats
 * their PASS/FAIL/INFO/SKIP lines as one summary. Builds once first when needed (--build forces a rebuild).
 * Benchmarks print figures and never assert on time: the exit code is non-zero only when a benchmark crashed.
 * Run: npx tsx bench/run-all.ts [--build] [name ...]   e.g. `npx tsx bench/run-all.ts load scale`
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild, ROOT } from "./lib/server";

const ALL = ["ingest-csv", "ixbrl-facts", "pages-vs-static", "bytes-shipped", "lighthouse", "load", "soak", "scale"];
const names = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const unknown = names.filter((n) => !ALL.includes(n));
if (unknown.length) throw new Error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${ALL.join(", ")}`);
const selected = names.length ? ALL.filter((n) => names.includes(n)) : ALL;
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

let current: ChildProcess | null = null;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal); // a terminal Ctrl-C reaches the child directly too; it cleans up and exits
  });
}

function run(name: string): Promise<{ code: number | null; verdicts: string[]; seconds: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const verdicts: string[] = [];
    let pending = "";
    const child = spawn(process.execPath, [TSX, path.join(ROOT, "bench", `${name}.ts`)], {
      cwd: ROOT,
      stdio: ["inherit", "pipe", "inherit"],
    });
    current = child;
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      verdicts.push(...lines.filter((l) => /^\[(PASS|FAIL|INFO|SKIP)\]/.test(l)));
    });
    child.on("exit", (code) => {
      current = null;
      resolve({ code, verdicts, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

ensureBuild();
console.log(`build ${fs.readFileSync(path.join(ROOT, ".next", "BUILD_ID"), "utf8").trim()}; ${os.cpus().length} cores`);
const summary: string[] = [];
let crashed = 0;
for (const name of selected) {
  if (interrupted) break;
  const load = os.loadavg()[0].toFixed(2);
  console.log(`\n=== ${name} ${"=".repeat(Math.max(0, 50 - name.length))} (load average ${load})`);
  const r = await run(name);
  if (r.code !== 0) {
    crashed++;
    summary.push(`[ERROR] ${name}: exited with ${r.code ?? "a signal"}`);
  }
  // Older benchmarks (ingest-csv, ixbrl-facts) print figures without verdict lines.
  if (r.verdicts.length === 0 && r.code === 0) summary.push(`[INFO] ${name}: see its output above`);
  summary.push(...r.verdicts.map((v) => v.replace(/^(\[\w+\]) /, `$1 ${name}: `)));
  console.log(`(${name}: ${r.seconds.toFixed(0)} s)`);
}

console.log(`\n=== summary ${"=".repeat(63)}`);
for (const line of summary) console.log(line);
if (interrupted) console.log("interrupted: remaining benchmarks not run");
process.exitCode = interrupted ? 130 : crashed ? 1 : 0;
