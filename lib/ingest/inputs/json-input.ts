import { z } from "zod";
import { btcPriceRowSchema, companyRowSchema, observationRowSchema } from "../../schemas/dataset";
import type { RowError } from "../read-csv";
import { CSV_HEADERS } from "./csv-input";
import { emptyPrepared, type PreparedInput } from "./prepared-input";

/**
 * Curated JSON: the CSV columns as objects, either a bare array of observations or
 * `{ "companies": [...], "observations": [...], "btc_prices": [...] }`. Values may be JSON numbers or strings.
 */
const stringified = z
  .record(z.string(), z.union([z.string(), z.number(), z.null()]))
  .transform((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? "" : String(v)])));
const datasetJsonSchema = z.union([
  z.array(stringified).transform((observations) => ({ observations, companies: [], btc_prices: [] })),
  z
    .object({
      companies: z.array(stringified).default([]),
      observations: z.array(stringified).default([]),
      btc_prices: z.array(stringified).default([]),
    })
    .strict(),
]);

export function isCompanyFactsJson(value: unknown): boolean {
  return typeof value === "object" && value !== null && "facts" in value && "cik" in value;
}

export function prepareDatasetJson(file: string, value: unknown): PreparedInput {
  const out = emptyPrepared(file, "dataset-json");
  const parsed = datasetJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    out.errors.push({
      file,
      line: issue.path.join(".") || "(root)",
      field: "(json)",
      message: `not a MinerPivot dataset JSON: ${issue.message}`,
    });
    return out;
  }
  const validate = <T>(
    rows: Record<string, string>[],
    name: string,
    schema: z.ZodType<T, Record<string, string>>,
    columns: readonly string[],
  ) =>
    rows.flatMap((row, i) => {
      const where = `${name}[${i}]`;
      const extra = Object.keys(row).filter((k) => !columns.includes(k));
      const errors: RowError[] = extra.map((k) => ({ file, line: where, field: k, message: "unexpected field" }));
      const r = schema.safeParse(Object.fromEntries(columns.map((c) => [c, row[c] ?? ""])));
      if (!r.success)
        for (const iss of r.error.issues)
          errors.push({ file, line: where, field: iss.path.join(".") || "(row)", message: iss.message });
      out.errors.push(...errors);
      return r.success && errors.length === 0 ? [{ line: where, value: r.data }] : [];
    });
  const d = parsed.data;
  out.companies = validate(d.companies, "companies", companyRowSchema, CSV_HEADERS["companies-csv"]).map(
    (r) => r.value,
  );
  out.observations = validate(d.observations, "observations", observationRowSchema, CSV_HEADERS["observations-csv"]);
  out.prices = validate(d.btc_prices, "btc_prices", btcPriceRowSchema, CSV_HEADERS["btc-prices-csv"]).map(
    (r) => r.value,
  );
  return out;
}
