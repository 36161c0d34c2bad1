import { factValue } from "./fact-value";
import { formatFactLine } from "./format-fact";
import type { IxbrlCollector, RawFact } from "./ixbrl-collector";
import type { IxbrlError, IxbrlErrorKind, IxbrlFact } from "./types";

interface Problem {
  kind: IxbrlErrorKind;
  what: string;
}

/** The fact, or every problem that keeps it from being one (format, context and unit are all checked). */
function resolveOne(raw: RawFact, c: IxbrlCollector): IxbrlFact | Problem[] {
  const problems: Problem[] = [];
  if (!raw.concept) problems.push({ kind: "bad-format", what: "has no name attribute" });
  const value = factValue(raw);
  if (!value.ok) problems.push({ kind: value.kind, what: value.message });
  const context = raw.contextRef === null ? undefined : c.resources.contexts.get(raw.contextRef);
  if (raw.contextRef === null) problems.push({ kind: "unknown-context", what: "has no contextRef attribute" });
  else if (!context) {
    problems.push({
      kind: "unknown-context",
      what: `refers to contextRef "${raw.contextRef}", but no xbrli:context has that id`,
    });
  }
  const unit = raw.unitRef === null ? null : c.resources.units.get(raw.unitRef);
  if (unit === undefined) {
    problems.push({ kind: "unknown-unit", what: `refers to unitRef "${raw.unitRef}", but no xbrli:unit has that id` });
  }
  if (problems.length > 0 || !raw.concept || !value.ok || !context || unit === undefined) return problems;
  return {
    concept: raw.concept,
    value: value.value,
    unit,
    start: context.start,
    end: context.end,
    instant: context.instant,
    dims: context.dims,
  };
}

/**
 * Joins every complete ix:nonFraction with its context and unit (looked up only now, since ix:resources
 * may come after the facts). Facts with any problem become errors instead; identical facts — same JSON
 * line — are kept once, at their first position in document order.
 */
export function resolveFacts(c: IxbrlCollector): { facts: IxbrlFact[]; errors: IxbrlError[] } {
  const facts: IxbrlFact[] = [];
  const errors: IxbrlError[] = [];
  const seen = new Set<string>();
  for (const raw of c.facts) {
    if (!raw.complete) continue; // cut off by a truncated file; the "truncated" error covers it
    const resolved = resolveOne(raw, c);
    if (Array.isArray(resolved)) {
      const concept = raw.concept ?? "(unnamed ix:nonFraction)";
      const fact = { concept, contextRef: raw.contextRef, line: raw.line };
      for (const p of resolved) {
        errors.push({ kind: p.kind, message: `line ${raw.line}: ${concept} ${p.what}`, line: raw.line, fact });
      }
      continue;
    }
    const key = formatFactLine(resolved);
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(resolved);
  }
  return { facts, errors };
}
