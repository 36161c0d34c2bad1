import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, onTestFinished, test } from "vitest";
import { createRateLimiter, createSecClient, type SecFetch } from "@/lib/ingest/sec";
import { FakeClock } from "./fake-clock";
import { FIXTURE_DIR } from "./fixture-server";

/** Largest number of timestamps inside any half-open window [t, t + windowMs). */
function maxInAnyWindow(timestamps: number[], windowMs = 1000): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j < sorted.length && sorted[j] < sorted[i] + windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

async function fire(count: number, maxRequests: number, clock: FakeClock): Promise<number[]> {
  const limiter = createRateLimiter({ maxRequests, windowMs: 1000, clock });
  const granted: number[] = [];
  await Promise.all(Array.from({ length: count }, () => limiter.acquire().then(() => granted.push(clock.now()))));
  return granted;
}

describe("rate limiter (fake clock)", () => {
  test("25 simultaneous requests: never more than 10 in any 1-second window, and no slower than needed", async () => {
    const granted = await fire(25, 10, new FakeClock());
    expect(granted).toHaveLength(25);
    expect(maxInAnyWindow(granted)).toBe(10);
    for (let i = 10; i < granted.length; i++) expect(granted[i] - granted[i - 10]).toBeGreaterThanOrEqual(1000);
    // Bursts of 10 at 0 s, 1 s and 2 s: the limiter waits exactly as long as it must.
    expect(granted).toEqual([...Array(10).fill(0), ...Array(10).fill(1000), ...Array(5).fill(2000)]);
  });

  test("honours a lower limit", async () => {
    const granted = await fire(10, 3, new FakeClock());
    expect(maxInAnyWindow(granted)).toBe(3);
    expect(granted.at(-1)).toBe(3000);
  });

  test("is a sliding window: a burst late in one second does not allow another burst just after", async () => {
    const clock = new FakeClock();
    const limiter = createRateLimiter({ maxRequests: 10, windowMs: 1000, clock });
    await clock.sleep(900);
    for (let i = 0; i < 10; i++) await limiter.acquire();
    await clock.sleep(200); // t = 1100: a fixed per-second counter would have reset here
    await limiter.acquire();
    expect(clock.now()).toBe(1900);
  });

  test("serves callers in arrival order", async () => {
    const clock = new FakeClock();
    const limiter = createRateLimiter({ maxRequests: 2, windowMs: 1000, clock });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((n) => limiter.acquire().then(() => order.push(n))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  test("rejects a non-positive limit", () => {
    expect(() => createRateLimiter({ maxRequests: 0, windowMs: 1000, clock: new FakeClock() })).toThrow(RangeError);
  });
});

describe("client applies the limiter to every HTTP request", () => {
  test("25 concurrent refreshes hit fetch at most 10 times per second", async () => {
    const clock = new FakeClock();
    const tickers = readFileSync(path.join(FIXTURE_DIR, "company_tickers.json"), "utf8");
    const calls: number[] = [];
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), "sec-limiter-"));
    onTestFinished(() => rmSync(cacheDir, { recursive: true, force: true }));
    const fakeFetch: SecFetch = async () => {
      calls.push(clock.now());
      return new Response(tickers, { status: 200, headers: { "content-type": "application/json" } });
    };
    const client = createSecClient({
      userAgent: "MinerPivot tests test@example.com",
      cacheDir,
      fetch: fakeFetch,
      clock,
      env: {},
    });
    const resolved = await Promise.all(Array.from({ length: 25 }, () => client.resolveCik("CLSK", { refresh: true })));
    expect(resolved.every((r) => r.cik === "0000827876")).toBe(true);
    expect(calls).toHaveLength(25);
    expect(client.requestCount()).toBe(25);
    expect(maxInAnyWindow(calls)).toBe(10);
  });
});
