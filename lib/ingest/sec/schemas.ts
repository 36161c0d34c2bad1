import { z } from "zod";
import type { Decoder } from "./cached-fetch";
import { SecResponseError } from "./errors";

// Only the fields this client reads are validated; everything else passes through untouched
// in the cached file for the importer.

/** www.sec.gov/files/company_tickers.json: `{"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},…}`. */
export const companyTickersSchema = z.record(
  z.string(),
  z.object({ cik_str: z.number().int().positive(), ticker: z.string(), title: z.string() }),
);
export type CompanyTickers = z.infer<typeof companyTickersSchema>;

const recentFilingsSchema = z
  .object({
    accessionNumber: z.array(z.string()),
    filingDate: z.array(z.string()),
    reportDate: z.array(z.string()),
    form: z.array(z.string()),
    primaryDocument: z.array(z.string()),
  })
  // The arrays are parallel columns; a length mismatch would silently pair the wrong document.
  .refine((r) => Object.values(r).every((column) => column.length === r.accessionNumber.length), {
    error: "filings.recent columns have different lengths",
  });
export type RecentFilings = z.infer<typeof recentFilingsSchema>;

/** data.sec.gov/submissions/CIK##########.json. */
export const submissionsSchema = z.object({
  cik: z.union([z.string(), z.number()]),
  name: z.string().nullish(),
  tickers: z.array(z.string()).optional(),
  exchanges: z.array(z.string().nullable()).optional(),
  /** "MMDD", e.g. "0930". */
  fiscalYearEnd: z.string().nullish(),
  website: z.string().nullish(),
  formerNames: z.array(z.object({ name: z.string(), from: z.string().nullish(), to: z.string().nullish() })).optional(),
  filings: z.object({ recent: recentFilingsSchema }),
});
export type Submissions = z.infer<typeof submissionsSchema>;

/** data.sec.gov/api/xbrl/companyfacts/CIK##########.json (facts are the importer's business). */
export const companyFactsSchema = z.object({
  cik: z.number().int().positive(),
  entityName: z.string(),
  facts: z.record(z.string(), z.unknown()),
});
export type CompanyFacts = z.infer<typeof companyFactsSchema>;

/** Parses a UTF-8 JSON body and validates it, naming the URL on failure. */
export function jsonDecoder<S extends z.ZodType>(schema: S): Decoder<z.output<S>> {
  return (body, url) => {
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      throw new SecResponseError(
        url,
        `body is not JSON (starts with ${JSON.stringify(body.subarray(0, 40).toString("utf8"))})`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SecResponseError(url, z.prettifyError(parsed.error).slice(0, 1000));
    return parsed.data;
  };
}

/** Filing documents are stored as-is; an empty body is the only thing we can reject without parsing. */
export const documentDecoder: Decoder<void> = (body, url) => {
  if (body.length === 0) throw new SecResponseError(url, "empty document");
};
