import { describe, expect, test } from "vitest";
import { createSecClient, resolveSecConfig, SecConfigError } from "@/lib/ingest/sec";

const UA = "MinerPivot admin@example.com";

describe("SEC client configuration", () => {
  test("missing User-Agent fails with a clear message and no request", () => {
    expect(() => createSecClient({ env: {} })).toThrow(SecConfigError);
    expect(() => createSecClient({ env: {} })).toThrow(/SEC User-Agent is required: set SEC_USER_AGENT/);
    expect(() => resolveSecConfig({ env: { SEC_USER_AGENT: "   " } })).toThrow(/required/);
  });

  test("a User-Agent without a contact email is rejected", () => {
    expect(() => resolveSecConfig({ userAgent: "MinerPivot", env: {} })).toThrow(/must include a contact email/);
  });

  test("defaults", () => {
    const config = resolveSecConfig({ userAgent: UA, env: {} });
    expect(config).toMatchObject({
      userAgent: UA,
      dataBaseUrl: "https://data.sec.gov",
      wwwBaseUrl: "https://www.sec.gov",
      cacheDir: ".cache/sec",
      maxRequestsPerSecond: 10,
    });
    expect(typeof config.fetch).toBe("function");
  });

  test("env fallbacks, with options taking precedence and trailing slashes dropped", () => {
    const env = {
      SEC_USER_AGENT: UA,
      SEC_DATA_BASE_URL: "http://localhost:9/data/",
      SEC_WWW_BASE_URL: "http://localhost:9/www",
      SEC_CACHE_DIR: "/tmp/sec-cache",
    };
    expect(resolveSecConfig({ env })).toMatchObject({
      userAgent: UA,
      dataBaseUrl: "http://localhost:9/data",
      wwwBaseUrl: "http://localhost:9/www",
      cacheDir: "/tmp/sec-cache",
    });
    expect(resolveSecConfig({ env, userAgent: "Other other@example.com", cacheDir: "x" })).toMatchObject({
      userAgent: "Other other@example.com",
      cacheDir: "x",
    });
    expect(resolveSecConfig({ env: { ...env, SEC_CACHE_DIR: "" } }).cacheDir).toBe(".cache/sec");
  });

  test.each([11, 0, 2.5])("maxRequestsPerSecond %d is rejected (1–10, SEC fair access)", (n) => {
    expect(() => resolveSecConfig({ userAgent: UA, maxRequestsPerSecond: n, env: {} })).toThrow(SecConfigError);
  });

  test("non-http base URLs are rejected", () => {
    expect(() => resolveSecConfig({ userAgent: UA, dataBaseUrl: "ftp://sec.gov", env: {} })).toThrow(/http\(s\) URL/);
  });
});
