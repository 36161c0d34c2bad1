import { z } from "zod";
import { basisOf, HOLDINGS_BASES } from "../domain/holdings-basis";
import { getMetric, METRIC_IDS, PERIOD_TYPES, UNITS } from "../domain/metrics";
import { SOURCE_KINDS, SOURCE_TIERS, tierOfKind } from "../domain/source-tiers";
import { isoDateSchema } from "./iso-date";

/** Schemas for the curated dataset files (prisma/data/*.csv); column names as in the files. */

const isoDate = isoDateSchema;

const plainNumber = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, "expected a plain number (digits, optional decimal point, no separators)")
  .transform(Number);

const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });
const optionalDate = z
  .string()
  .transform((s) => (s === "" ? null : s))
  .pipe(isoDate.nullable());
const ticker = z.string().regex(/^[A-Z][A-Z0-9.]{0,9}$/, "expected an upper-case ticker");
const quote = z.string().trim().min(1, "a quote is required").max(400, "quote longer than 400 characters");
/** An optional CSV column: an empty cell means absent. */
const emptyAsUndefined = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(schema.optional());

export const companyRowSchema = z.object({
  ticker,
  name: z.string().trim().min(1, "name is required"),
  former_names: z.string().trim(),
  cik: z.union([z.literal("").transform(() => null), z.string().regex(/^\d{1,10}$/, "CIK must be digits")]),
  exchange: z.string().trim().min(1, "exchange is required"),
  fiscal_year_end: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected MM-DD"),
  website: httpUrl,
});
export type CompanyRow = z.infer<typeof companyRowSchema>;

export const observationRowSchema = z
  .object({
    ticker,
    period_end: isoDate,
    period_type: z.enum(PERIOD_TYPES),
    metric: z.enum(METRIC_IDS, { error: (i) => `unknown metric "${String(i.input)}"` }),
    value: plainNumber,
    unit: z.enum(UNITS),
    source_url: httpUrl,
    source_kind: z.enum(SOURCE_KINDS),
    source_date: optionalDate,
    quote,
    /**
     * Set by importers for a figure computed from stated ones (a sum of statement lines); in a CSV, the optional
     * `derivation` column (the dataset download carries it, so a derived figure stays flagged).
     */
    derivation: emptyAsUndefined(z.string().trim().min(1).max(400)),
    /** Optional, informational columns of the dataset download; checked against the rules when present. */
    source_tier: emptyAsUndefined(z.enum(SOURCE_TIERS)),
    basis: emptyAsUndefined(z.enum(HOLDINGS_BASES)),
  })
  .superRefine((row, ctx) => {
    const metric = getMetric(row.metric);
    if (metric && metric.unit !== row.unit) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `${row.metric} is measured in ${metric.unit}, not ${row.unit}`,
      });
    }
    if (row.value < 0) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `${row.metric} cannot be negative` });
    }
    if (row.source_tier && row.source_tier !== tierOfKind(row.source_kind)) {
      ctx.addIssue({
        code: "custom",
        path: ["source_tier"],
        message: `a ${row.source_kind} is tier ${tierOfKind(row.source_kind)}, not ${row.source_tier}`,
      });
    }
    const rules = basisOf({ ...row, periodEnd: row.period_end, sourceKind: row.source_kind });
    if (row.basis && row.basis !== rules) {
      ctx.addIssue({
        code: "custom",
        path: ["basis"],
        message: `the holdings-basis rules give ${rules} for this figure, not ${row.basis}`,
      });
    }
  });
export type ObservationRow = z.infer<typeof observationRowSchema>;

export const btcPriceRowSchema = z.object({
  date: isoDate,
  close_usd: plainNumber.refine((v) => v > 0, "price must be positive"),
  source_url: httpUrl,
  source_kind: z.enum(SOURCE_KINDS),
  quote,
});
export type BtcPriceRow = z.infer<typeof btcPriceRowSchema>;

export const companyNoteRowSchema = z.object({
  ticker,
  kind: z.enum(["definition", "caveat"]),
  topic: z.string().trim().min(1),
  text: z.string().trim().min(1),
});
export type CompanyNoteRow = z.infer<typeof companyNoteRowSchema>;

/** Contract details that a contract's quote states (counterparty, term); keyed by ticker and announcement date. */
export const contractRowSchema = z.object({
  ticker,
  date: isoDate,
  counterparty: z.string().trim(),
  term_years: z.union([z.literal("").transform(() => null), plainNumber]),
  title: z.string().trim().min(1),
  value_source_url: z.union([z.literal(""), httpUrl]),
  mw_source_url: z.union([z.literal(""), httpUrl]),
});
export type ContractRow = z.infer<typeof contractRowSchema>;

export const halvingRowSchema = z.object({
  date: isoDate,
  block: plainNumber,
  source_url: httpUrl,
  source_kind: z.enum(SOURCE_KINDS),
  quote,
});
export type HalvingRow = z.infer<typeof halvingRowSchema>;

/** prisma/data/filings/MANIFEST.csv: one real EDGAR document shipped (gzipped) with the seed. */
export const filingManifestRowSchema = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.htm$/, "expected a file name such as clsk-10q-2024-03-31.htm"),
  ticker,
  cik: z.string().regex(/^\d{1,10}$/, "CIK must be digits"),
  form: z.enum(SOURCE_KINDS),
  period_end: isoDate,
  accession: z.union([z.literal(""), z.string().regex(/^\d{10}-\d{2}-\d{6}$/, "expected 0000950170-24-056330")]),
  document_url: z.union([z.literal(""), httpUrl]),
  date: isoDate,
  date_kind: z.enum(["filed", "signed"]),
});
export type FilingManifestRow = z.infer<typeof filingManifestRowSchema>;
