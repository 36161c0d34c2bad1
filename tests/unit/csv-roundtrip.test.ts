import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { METRICS, PERIOD_TYPES } from "@/lib/domain/metrics";
import { SOURCE_KINDS } from "@/lib/domain/source-tiers";
import { formatCsv } from "@/lib/export/csv";
import { CSV_HEADERS } from "@/lib/ingest/inputs/csv-input";
import { parseCsvRows } from "@/lib/ingest/read-csv";
import { observationRowSchema } from "@/lib/schemas/dataset";

const header = CSV_HEADERS["observations-csv"];
const date = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2039-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Quotes are free text from documents: commas, quotes, line breaks, non-ASCII all occur.
const quote = fc
  .string({
    unit: fc.constantFrom("a", "Z", "9", " ", ",", '"', "\n", "\r\n", "—", "€", "比", "'", ";", "|"),
    minLength: 1,
    maxLength: 60,
  })
  .filter((s) => s.trim().length > 0)
  .map((s) => s.trim());
const row = fc.record({
  ticker: fc.constantFrom("RIOT", "MARA", "CLSK", "BRK.B"),
  period_end: date,
  period_type: fc.constantFrom(...PERIOD_TYPES),
  metric: fc.constantFrom(...METRICS),
  value: fc.oneof(
    fc.integer({ min: 0, max: 10_000_000_000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => Number(v.toFixed(4))),
  ),
  source_url: fc.webUrl({ validSchemes: ["https"] }),
  source_kind: fc.constantFrom(...SOURCE_KINDS),
  source_date: fc.option(date, { nil: null }),
  quote,
});

describe("CSV round trip", () => {
  test("any observation row written as CSV parses back to the same row", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = formatCsv(
          header,
          rows.map((r) => ({ ...r, metric: r.metric.id, unit: r.metric.unit, value: plain(r.value) })),
        );
        const parsed = parseCsvRows(csv, "rt.csv", observationRowSchema, header);
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows.map((p) => p.value)).toEqual(
          rows.map((r) => ({ ...r, metric: r.metric.id, unit: r.metric.unit })),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

/** The dataset format takes plain decimals: no exponent, no separators. */
function plain(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
}
