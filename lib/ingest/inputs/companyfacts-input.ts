import { z } from "zod";
import { mapFacts, type XbrlFact } from "../xbrl/map-facts";
import { type CompanyDirectory, emptyPrepared, type PreparedInput } from "./prepared-input";
import { addXbrlObservations, sourceKindOfForm } from "./xbrl-observations";

/** The documented shape of data.sec.gov/api/xbrl/companyfacts/CIK##########.json (fields used here). */
const factSchema = z.object({
  start: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  val: z.number(),
  accn: z.string().regex(/^\d{10}-\d{2}-\d{6}$/),
  form: z.string(),
  filed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export const companyFactsSchema = z.object({
  cik: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  entityName: z.string(),
  facts: z.record(z.string(), z.record(z.string(), z.object({ units: z.record(z.string(), z.array(factSchema)) }))),
});

type CfFact = z.infer<typeof factSchema>;

/** SEC companyfacts: every non-dimensional fact of every filing; each filing is its own source. */
export function prepareCompanyFacts(file: string, value: unknown, companies: CompanyDirectory): PreparedInput {
  const out = emptyPrepared(file, "companyfacts");
  const parsed = companyFactsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    out.errors.push({
      file,
      line: issue.path.join("."),
      field: String(issue.path.at(-1) ?? "(root)"),
      message: issue.message,
    });
    return out;
  }
  const cik = String(parsed.data.cik).replace(/^0+/, "");
  const company = companies.byCik(cik);
  if (!company) {
    out.errors.push({
      file,
      line: "cik",
      field: "cik",
      message: `unknown company CIK ${cik} (${parsed.data.entityName}); add it with a companies CSV first`,
    });
    return out;
  }
  const facts: (XbrlFact & { cf: CfFact })[] = [];
  for (const [taxonomy, concepts] of Object.entries(parsed.data.facts)) {
    for (const [name, concept] of Object.entries(concepts)) {
      for (const [unit, list] of Object.entries(concept.units)) {
        for (const f of list) {
          facts.push({
            concept: `${taxonomy}:${name}`,
            value: f.val,
            unit,
            start: f.start ?? null,
            end: f.start ? f.end : null,
            instant: f.start ? null : f.end,
            dims: {},
            cf: f,
          });
        }
      }
    }
  }
  const { mapped, unmapped } = mapFacts(facts, company.ticker, company.fiscalYearEnd);
  out.unmapped = unmapped;
  const supported = mapped.filter((m) => sourceKindOfForm((m.fact as (typeof facts)[number]).cf.form));
  if (supported.length < mapped.length)
    out.notes.push(
      `${mapped.length - supported.length} mapped facts skipped: filed on a form MinerPivot does not cite`,
    );
  addXbrlObservations(out, company.ticker, supported, (m) => {
    const cf = (m.fact as (typeof facts)[number]).cf;
    return {
      url: `https://www.sec.gov/Archives/edgar/data/${cik}/${cf.accn.replaceAll("-", "")}/`,
      kind: sourceKindOfForm(cf.form)!,
      date: cf.filed,
    };
  });
  out.notes.push(
    `${facts.length} facts read, ${mapped.length} mapped, ${unmapped.length} relevant-looking facts not mapped`,
  );
  return out;
}
