import { z } from "zod";
import { COMMITMENT_METRICS } from "../domain/metrics";

/** Company page query: ?cadence=quarterly&commitment=hpc_revenue_usd. Bad values fall back with a notice. */
export const companyParamsSchema = z.object({
  cadence: z.enum(["monthly", "quarterly"]).default("monthly"),
  commitment: z.enum(COMMITMENT_METRICS as [string, ...string[]]).optional(),
  events: z
    .enum(["1", "0"])
    .default("1")
    .transform((v) => v === "1"),
  /** Filings only: figures and events cited to SEC filings. */
  filings: z
    .enum(["1", "0"])
    .default("0")
    .transform((v) => v === "1"),
  /** The period table shows the latest periods unless the reader asks for all of them. */
  periods: z.enum(["recent", "all"]).default("recent"),
});
export type CompanyParams = z.infer<typeof companyParamsSchema>;

export interface ParsedParams<T> {
  params: T;
  /** Human-readable notices for values that were ignored. */
  notices: string[];
}

type RawParams = Record<string, string | string[] | undefined>;

/** Lenient parse: each invalid field is dropped (its default applies) and reported, never thrown. */
export function parseCompanyParams(raw: RawParams): ParsedParams<CompanyParams> {
  const notices: string[] = [];
  const input: Record<string, string> = {};
  for (const key of ["cadence", "commitment", "events", "filings", "periods"] as const) {
    const v = raw[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value === undefined) continue;
    const field = companyParamsSchema.shape[key].safeParse(value);
    if (field.success) input[key] = value;
    else notices.push(`Ignored ${key}="${value.slice(0, 40)}": not a valid option.`);
  }
  return { params: companyParamsSchema.parse(input), notices };
}
