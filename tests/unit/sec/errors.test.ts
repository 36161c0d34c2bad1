import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  createSecClient,
  type SecClientOptions,
  SecHttpError,
  SecLookupError,
  SecNetworkError,
  SecNotFoundError,
  SecResponseError,
} from "@/lib/ingest/sec";
import { FakeClock } from "./fake-clock";
import { type FixtureServer, startFixtureServer } from "./fixture-server";

const SUBMISSIONS = "/data/submissions/CIK0000827876.json";

let server: FixtureServer;
let cacheDir: string;
let clock: FakeClock;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.requests.length = 0;
  cacheDir = await mkdtemp(path.join(os.tmpdir(), "sec-errors-"));
  clock = new FakeClock();
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

function client(extra: Partial<SecClientOptions> = {}) {
  return createSecClient({
    userAgent: "MinerPivot tests test@example.com",
    dataBaseUrl: server.dataBaseUrl,
    wwwBaseUrl: server.wwwBaseUrl,
    cacheDir,
    clock, // retries back off on virtual time, so no test really sleeps
    env: {},
    ...extra,
  });
}

describe("lookup errors", () => {
  test("unknown ticker", async () => {
    const error = await client()
      .downloadCompany("NOPE")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecLookupError);
    expect(String(error)).toContain('unknown ticker "NOPE"');
  });

  test.each(["0", "12345678901", "BAD TICKER!", ""])("rejects malformed input %j before any request", async (input) => {
    const sec = client();
    await expect(sec.resolveCik(input)).rejects.toThrow(SecLookupError);
    expect(sec.requestCount()).toBe(0);
  });

  test("a CIK EDGAR does not know → no SEC data for CIK …", async () => {
    const error = await client()
      .downloadCompany("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecNotFoundError);
    expect(error).toMatchObject({
      status: 404,
      cik: "0000000001",
      url: `${server.dataBaseUrl}/submissions/CIK0000000001.json`,
    });
    expect(String(error)).toContain("no SEC data for CIK 0000000001");
    expect(server.paths()).toEqual(["/data/submissions/CIK0000000001.json"]);
  });
});

describe("HTTP status handling", () => {
  test("429 with Retry-After is retried after that many seconds, then succeeds", async () => {
    server.script(SUBMISSIONS, { status: 429, headers: { "retry-after": "1" } });
    const sec = client();
    const result = await sec.downloadCompany("827876");
    expect(result.filings).toHaveLength(2);
    expect(server.paths().filter((p) => p === SUBMISSIONS)).toHaveLength(2);
    expect(sec.requestCount()).toBe(5);
    expect(clock.sleeps).toEqual([1000]);
  });

  test("503 without Retry-After backs off 1 s, 2 s, 4 s and gives up after 3 retries", async () => {
    server.script(SUBMISSIONS, ...Array(4).fill({ status: 503 }));
    const sec = client();
    const error = await sec.downloadCompany("827876").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecHttpError);
    expect(error).toMatchObject({ status: 503, url: server.origin + SUBMISSIONS });
    expect(String(error)).toContain(`HTTP 503 for ${server.origin}${SUBMISSIONS}`);
    expect(sec.requestCount()).toBe(4);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  test("a Retry-After longer than a minute fails at once instead of stalling", async () => {
    server.script(SUBMISSIONS, { status: 429, headers: { "retry-after": "600" } });
    await expect(client().downloadCompany("827876")).rejects.toThrow(/retry .* after 600 s \(HTTP 429\)/);
    expect(clock.sleeps).toEqual([]);
  });

  test("other non-2xx statuses fail immediately with URL and status", async () => {
    server.script(SUBMISSIONS, { status: 500, body: "oops" });
    const sec = client();
    await expect(sec.downloadCompany("827876")).rejects.toThrow(
      `SEC request failed: HTTP 500 for ${server.origin}${SUBMISSIONS}`,
    );
    expect(sec.requestCount()).toBe(1);
  });

  test("a 2xx body of the wrong shape is rejected and not cached", async () => {
    server.script(SUBMISSIONS, {
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>maintenance</html>",
    });
    await expect(client().downloadCompany("827876")).rejects.toThrow(SecResponseError);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
    // The next attempt fetches again rather than trusting a bad cache entry.
    await expect(client().downloadCompany("827876")).resolves.toMatchObject({ cik: "0000827876" });
  });

  test("a cached body that no longer validates is refetched", async () => {
    await client().downloadCompany("827876");
    const [name] = (await readdir(cacheDir)).filter((f) => f.endsWith("submissions_CIK0000827876.json"));
    const file = path.join(cacheDir, name);
    // Same size as before so the sidecar's byte count still matches: only the content check can catch it.
    await writeFile(file, "{}".padEnd((await stat(file)).size));
    const sec = client();
    await sec.downloadCompany("827876");
    expect(sec.requestCount()).toBe(1);
  });
});

describe("network errors", () => {
  test("a refused connection names the URL", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const sec = client({ dataBaseUrl: `http://127.0.0.1:${port}` });
    const error = await sec.downloadCompany("827876").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecNetworkError);
    expect(String(error)).toMatch(
      new RegExp(
        `network error fetching http://127\\.0\\.0\\.1:${port}/submissions/CIK0000827876\\.json: .*ECONNREFUSED`,
      ),
    );
  });

  test("a stalled response times out", async () => {
    const stalled = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
    const port = (stalled.address() as AddressInfo).port;
    try {
      const sec = client({ dataBaseUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 });
      await expect(sec.downloadCompany("827876")).rejects.toThrow(/network error fetching .*: timed out after 200 ms/);
    } finally {
      stalled.closeAllConnections();
      await new Promise((resolve) => stalled.close(resolve));
    }
  });
});
