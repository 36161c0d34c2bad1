import { getMetric } from "../../domain/metrics";
import { SOURCE_KINDS, type SourceKind } from "../../domain/source-tiers";
import { observationRowSchema } from "../../schemas/dataset";
import type { MappedFact } from "../xbrl/map-facts";
import { xbrlQuote } from "../xbrl/map-facts";
import type { PreparedInput } from "./prepared-input";

/** 10-Q/A and similar amendments cite as their base form; unknown forms are refused. */
export function sourceKindOfForm(form: string | null): SourceKind | null {
  const base = (form ?? "").trim().toUpperCase().replace(/\/A$/, "");
  return (SOURCE_KINDS as readonly string[]).includes(base) ? (base as SourceKind) : null;
}

/**
 * Adds mapped XBRL facts to `out` as dataset rows, validated by the same schema as curated rows, so an
 * imported filing obeys exactly the rules a typed-in row does.
 */
export function addXbrlObservations(
  out: PreparedInput,
  ticker: string,
  mapped: readonly MappedFact[],
  source: (m: MappedFact) => { url: string; kind: SourceKind; date: string | null },
) {
  for (const m of mapped) {
    const s = source(m);
    const where = `fact ${m.fact.concept} ${m.fact.instant ?? `${m.fact.start}..${m.fact.end}`}`;
    const row = {
      ticker,
      period_end: m.periodEnd,
      period_type: m.periodType,
      metric: m.metric,
      value: String(m.value),
      unit: getMetric(m.metric)?.unit ?? "",
      source_url: s.url,
      source_kind: s.kind,
      source_date: s.date ?? "",
      quote: xbrlQuote(m.fact, m.parts),
      ...(m.derivation ? { derivation: m.derivation } : {}),
    };
    const r = observationRowSchema.safeParse(row);
    if (r.success) out.observations.push({ line: where, value: r.data });
    else
      for (const iss of r.error.issues)
        out.errors.push({ file: out.file, line: where, field: iss.path.join("."), message: iss.message });
  }
}
