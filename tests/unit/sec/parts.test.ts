import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  cacheFileName,
  companyFactsUrl,
  createDiskCache,
  filingDocumentUrl,
  latestFilings,
  padCik,
  parseRetryAfter,
  retryDelayMs,
  submissionsUrl,
} from "@/lib/ingest/sec";

describe("URL builders", () => {
  test("EDGAR URL shapes", () => {
    expect(padCik(827876)).toBe("0000827876");
    expect(padCik("CIK320193")).toBe("0000320193");
    expect(() => padCik("12345678901")).toThrow(RangeError);
    expect(submissionsUrl("https://data.sec.gov", "0000827876")).toBe(
      "https://data.sec.gov/submissions/CIK0000827876.json",
    );
    expect(companyFactsUrl("https://data.sec.gov", "0000827876")).toBe(
      "https://data.sec.gov/api/xbrl/companyfacts/CIK0000827876.json",
    );
    expect(filingDocumentUrl("https://www.sec.gov", "0000827876", "0000950170-25-100000", "clsk-20250630.htm")).toBe(
      "https://www.sec.gov/Archives/edgar/data/827876/000095017025100000/clsk-20250630.htm",
    );
    expect(filingDocumentUrl("https://www.sec.gov", "0000827876", "0001209191-25-040000", "xslF345X05/doc 4.xml")).toBe(
      "https://www.sec.gov/Archives/edgar/data/827876/000120919125040000/xslF345X05/doc%204.xml",
    );
  });
});

describe("latestFilings", () => {
  const recent = {
    accessionNumber: ["a-1", "a-2", "a-3", "a-4", "a-5"],
    filingDate: ["2025-08-07", "2025-06-01", "2025-05-08", "2025-02-01", "2024-11-29"],
    reportDate: ["2025-06-30", "", "2025-03-31", "2024-12-31", "2024-09-30"],
    form: ["10-Q/A", "10-Q", "10-Q", "10-K", "10-K"],
    primaryDocument: ["qa.htm", "", "q.htm", "k.htm", "k-old.htm"],
  };

  test("first exact match with a primary document, newest first", () => {
    const found = latestFilings(recent, ["10-Q", "10-K", "20-F"]);
    expect(found.get("10-Q")).toEqual({
      form: "10-Q",
      accession: "a-3",
      filingDate: "2025-05-08",
      reportDate: "2025-03-31",
      primaryDocument: "q.htm",
    });
    expect(found.get("10-K")?.accession).toBe("a-4");
    expect(found.has("20-F")).toBe(false);
  });

  test("blank reportDate becomes null", () => {
    expect(
      latestFilings({ ...recent, primaryDocument: recent.primaryDocument.map(() => "x.htm") }, ["10-Q"]).get("10-Q"),
    ).toMatchObject({ accession: "a-2", reportDate: null });
  });
});

describe("Retry-After", () => {
  test("delta-seconds, HTTP-date, garbage, and default backoff", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect([1, 2, 3].map((n) => retryDelayMs(n, null))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(3, "2")).toBe(2000);
  });
});

describe("disk cache", () => {
  test("round trip, and entries that do not check out are misses", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sec-cache-"));
    try {
      const cache = createDiskCache(path.join(dir, "nested"));
      const url = "https://data.sec.gov/submissions/CIK0000827876.json";
      expect(await cache.read(url)).toBeNull();
      const written = await cache.write(url, Buffer.from('{"a":1}'), {
        fetchedAt: "2025-01-01T00:00:00.000Z",
        status: 200,
        contentType: "application/json",
      });
      expect(written.bodyPath).toMatch(/[0-9a-f]{64}_submissions_CIK0000827876\.json$/);
      expect((await cache.read(url))?.body.toString()).toBe('{"a":1}');
      expect((await cache.read(url))?.meta).toEqual({
        url,
        fetchedAt: "2025-01-01T00:00:00.000Z",
        status: 200,
        contentType: "application/json",
        bytes: 7,
      });

      await writeFile(written.bodyPath, '{"a":');
      expect(await cache.read(url)).toBeNull(); // truncated body
      await writeFile(written.bodyPath, '{"a":1}');
      await writeFile(written.metaPath, "not json");
      expect(await cache.read(url)).toBeNull(); // corrupt sidecar
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("file names are safe for any URL", () => {
    expect(cacheFileName("https://www.sec.gov/")).toMatch(/^[0-9a-f]{64}$/);
    // "a%20b" is decoded for readability, then the space is made file-name safe.
    expect(cacheFileName("https://x/a b/c?d=1")).toMatch(/^[0-9a-f]{64}_a_b_c$/);
  });
});
