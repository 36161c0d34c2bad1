import { describe, expect, test } from "vitest";
import { formatRowError, parseCsvRows } from "@/lib/ingest/read-csv";
import { btcPriceRowSchema, observationRowSchema } from "@/lib/schemas/dataset";

const HEADER = "ticker,period_end,period_type,metric,value,unit,source_url,source_kind,source_date,quote";
const GOOD =
  'RIOT,2024-03-31,month,btc_held,8490,BTC,https://example.com/a,production-update,2024-04-03,"Bitcoin Held 8,490"';
const parse = (text: string) => parseCsvRows(text, "obs.csv", observationRowSchema, HEADER.split(","));

describe("observation row validation", () => {
  test("accepts a valid row and types it", () => {
    const r = parse(`${HEADER}\n${GOOD}\n`);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toEqual({
      line: 2,
      value: {
        ticker: "RIOT",
        period_end: "2024-03-31",
        period_type: "month",
        metric: "btc_held",
        value: 8490,
        unit: "BTC",
        source_url: "https://example.com/a",
        source_kind: "production-update",
        source_date: "2024-04-03",
        quote: "Bitcoin Held 8,490",
      },
    });
  });

  test("handles a BOM, CRLF line ends and quoted commas", () => {
    const r = parse(`\uFEFF${HEADER}\r\n${GOOD}\r\n`);
    expect(r.errors).toEqual([]);
    expect(r.rows[0].value.quote).toBe("Bitcoin Held 8,490");
  });

  test("empty source_date becomes null", () => {
    const r = parse(`${HEADER}\n${GOOD.replace("2024-04-03", "")}\n`);
    expect(r.rows[0].value.source_date).toBeNull();
  });

  test.each([
    ["unknown metric", GOOD.replace("btc_held", "btc_hodl"), "metric", 'unknown metric "btc_hodl"'],
    ["negative BTC", GOOD.replace(",8490,", ",-5,"), "value", "btc_held cannot be negative"],
    ["non-numeric value", GOOD.replace(",8490,", ",8k,"), "value", "expected a plain number"],
    ["thousands separator", GOOD.replace(",8490,", ',"8,490",'), "value", "expected a plain number"],
    ["impossible date", GOOD.replace("2024-03-31", "2024-02-30"), "period_end", "not a real calendar date"],
    ["badly formatted date", GOOD.replace("2024-03-31", "31/03/2024"), "period_end", "expected a date as YYYY-MM-DD"],
    ["wrong unit for metric", GOOD.replace(",BTC,", ",USD,"), "unit", "btc_held is measured in BTC, not USD"],
    ["unknown source kind", GOOD.replace("production-update", "tweet"), "source_kind", "Invalid option"],
    [
      "non-http URL",
      GOOD.replace("https://example.com/a", "ftp://example.com/a"),
      "source_url",
      "expected an http(s) URL",
    ],
    ["lower-case ticker", GOOD.replace("RIOT", "riot"), "ticker", "expected an upper-case ticker"],
    ["missing quote", GOOD.replace('"Bitcoin Held 8,490"', ""), "quote", "a quote is required"],
  ])("rejects %s with file:line:field", (_name, row, field, message) => {
    const r = parse(`${HEADER}\n${GOOD}\n${row}\n`);
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].line).toBe(3);
    expect(r.errors[0].field).toBe(field);
    expect(r.errors[0].message).toContain(message);
    expect(formatRowError(r.errors[0])).toMatch(new RegExp(`^obs\\.csv:3:${field}: `));
  });

  test("a wrong header names the missing and unexpected columns", () => {
    const r = parse(`${HEADER.replace("period_type", "kind")}\n${GOOD}\n`);
    expect(r.rows).toEqual([]);
    expect(formatRowError(r.errors[0])).toBe(
      "obs.csv:1:(header): missing column(s) period_type; unexpected column(s) kind",
    );
  });

  test("a row with too many columns is a CSV error on its line", () => {
    const r = parse(`${HEADER}\n${GOOD},extra\n`);
    expect(r.errors[0].line).toBe(2);
    expect(r.errors[0].field).toBe("(csv)");
  });

  test("reports every bad row, not only the first", () => {
    const bad = GOOD.replace(",8490,", ",x,");
    const r = parse(`${HEADER}\n${bad}\n${GOOD}\n${bad}\n`);
    expect(r.errors.map((e) => e.line)).toEqual([2, 4]);
  });

  test("price rows must be positive", () => {
    const header = "date,close_usd,source_url,source_kind,quote";
    const r = parseCsvRows(
      `${header}\n2024-03-31,0,https://x.test/p,news,"closed at 0"\n`,
      "p.csv",
      btcPriceRowSchema,
      header.split(","),
    );
    expect(formatRowError(r.errors[0])).toBe("p.csv:2:close_usd: price must be positive");
  });
});
