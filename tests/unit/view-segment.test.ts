import fs from "node:fs";
import { describe, expect, test } from "vitest";
import {
  COMPANY_VIEW,
  canonicalViewQuery,
  decodeViewSegment,
  EMBED_COMPANY_VIEW,
  encodeViewSegment,
  OVERVIEW_VIEW,
} from "@/lib/url/view-segment";

const segmentOf = (query: string, keys = COMPANY_VIEW) =>
  encodeViewSegment(canonicalViewQuery(new URLSearchParams(query), keys));

describe("a page's view state as one cacheable path segment", () => {
  test("defaults, unknown keys and repeated values collapse to the same page", () => {
    expect(segmentOf("")).toBeNull();
    expect(segmentOf("cadence=monthly&events=1&utm_source=x")).toBeNull();
    expect(segmentOf("events=0&cadence=quarterly")).toBe(segmentOf("cadence=quarterly&events=0"));
    expect(segmentOf("cadence=quarterly&cadence=monthly")).toBe(segmentOf("cadence=quarterly"));
  });

  test("a segment decodes back to the raw params, encoded or not, and invalid values survive to be reported", () => {
    const seg = segmentOf("cadence=weekly&filings=1")!;
    expect(decodeViewSegment([seg], COMPANY_VIEW)).toEqual({ cadence: "weekly", filings: "1" });
    expect(decodeViewSegment([decodeURIComponent(seg)], COMPANY_VIEW)).toEqual({ cadence: "weekly", filings: "1" });
    expect(decodeViewSegment(undefined, COMPANY_VIEW)).toEqual({});
  });

  test("only the canonical form of a view is a page: anything else is a 404, so no view is cached twice", () => {
    for (const bad of ["filings%3D1%26cadence%3Dquarterly", "cadence%3Dmonthly", "utm%3Dx", "%E0%A4%A", "x"])
      expect(decodeViewSegment([bad], COMPANY_VIEW), bad).toBeNull();
    expect(decodeViewSegment(["a", "b"], COMPANY_VIEW)).toBeNull();
  });

  test("long values are cut, so a segment stays short whatever the address carries", () => {
    const seg = segmentOf(`q=${"x".repeat(5000)}`, OVERVIEW_VIEW)!;
    expect(decodeURIComponent(seg).length).toBeLessThan(100);
  });

  test("proxy.ts runs for exactly the view keys of each page", () => {
    const source = fs.readFileSync("proxy.ts", "utf8");
    const matched = [...source.matchAll(/source: "([^"]+)", has: \[\{ type: "query", key: "([^"]+)" \}\]/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const expected = [
      ...Object.keys(OVERVIEW_VIEW.defaults).map((k) => `/ ${k}`),
      ...Object.keys(COMPANY_VIEW.defaults).map((k) => `/companies/:ticker ${k}`),
      ...Object.keys(EMBED_COMPANY_VIEW.defaults).map((k) => `/embed/companies/:ticker ${k}`),
    ];
    expect(matched.sort()).toEqual(expected.sort());
  });
});
