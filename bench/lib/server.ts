/**
 * Production server for the benchmarks: builds once (`next build` when .next/BUILD_ID is missing or --build is
 * passed), then runs the production server (scripts/serve.ts, what `npm start` runs) on a free port against a
 * given database, waits until it answers, and kills its whole process group on stop, exit, error or Ctrl-C. The
 * local Next CLI builds with node directly (the same binary `npx next` resolves to, without npx's extra process).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { onCleanup } from "./cleanup";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/**
 * Builds unless a build exists; `force` (default: --build on the command line) rebuilds anyway. When another
 * `next build` holds the lock (someone else building the same project), waits for it, up to 5 minutes.
 */
export function ensureBuild(force = process.argv.includes("--build")): void {
  if (!force && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log(force ? "next build (--build) ..." : "no .next/BUILD_ID: next build ...");
  const t0 = performance.now();
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    if (result.status === 0) {
      process.stdout.write(output);
      break;
    }
    if (/Another next build process is already running/.test(output) && attempt < 30) {
      console.log("another next build is running; waiting 10 s ...");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
      if (!force && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
      continue;
    }
    process.stderr.write(output);
    throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`next build done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  url: string;
  /** pid of the process we spawned (leader of its own process group). */
  pid: number;
  /** pid of the process that serves requests ("next-server" in /proc/<pid>/cmdline), falling back to pid. */
  serverPid(): number;
  /** Last lines the server printed (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function startServer(opts: { databaseUrl: string; readyPath?: string }): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The production server users run (`npm start`): Next's handler behind scripts/serve.ts.
  const args = ["--import", "tsx", path.join("scripts", "serve.ts"), "--port", String(port), "--hostname", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true, // own process group, so the whole tree can be killed at once
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: opts.databaseUrl },
  });
  const release = onCleanup(`next start :${port}`, () => killGroup(child, "SIGKILL"));
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: BenchServer = {
    url,
    pid: child.pid!,
    serverPid: () => findDescendant(child.pid!, "next-server") ?? child.pid!,
    output: () => log,
    async stop() {
      killGroup(child, "SIGTERM");
      const timer = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
      await Promise.race([exited, timer]);
      killGroup(child, "SIGKILL");
      release();
    },
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      release();
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}):\n${log}`);
    }
    try {
      await fetch(url + (opts.readyPath ?? "/methodology"), { signal: AbortSignal.timeout(10_000) });
      return server; // any HTTP answer means it is up
    } catch {
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`next start did not answer within 120 s:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Depth-first search of /proc for a descendant of `root` whose command line contains `needle`. */
export function findDescendant(root: number, needle: string): number | null {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // process ended while scanning
    }
  }
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle)) return pid;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return null;
}

/** Resident set size of a process in bytes (VmRSS from /proc/<pid>/status), or null when it is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
