import { factValue } from "./fact-value";
import { formatFactLine } from "./format-fact";
import type { IxbrlCollector, RawFact } from "./ixbrl-collector";
import type { IxbrlError, IxbrlErrorKind, IxbrlFact, IxbrlWarning } from "./types";

interface Problem {
  kind: IxbrlErrorKind;
  what: string;
}

/** Problems that only make the fact unreadable; anything else means the document itself is broken. */
const FACT_ONLY = new Set<IxbrlErrorKind>(["bad-format", "unknown-format"]);

/** The fact (with any repair made to read it), or every problem that keeps it from being one. */
function resolveOne(raw: RawFact, c: IxbrlCollector): { fact: IxbrlFact; recovered?: string } | Problem[] {
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
    fact: {
      concept: raw.concept,
      value: value.value,
      unit,
      start: context.start,
      end: context.end,
      instant: context.instant,
      dims: context.dims,
    },
    recovered: value.recovered,
  };
}

/**
 * Joins every complete ix:nonFraction with its context and unit (looked up only now, since ix:resources
 * may come after the facts). A fact whose only problem is its text (format) is skipped with a warning; a
 * fact pointing at a missing context or unit is an error, because that means the document is broken.
 * Identical facts — same JSON line — are kept once, at their first position in document order.
 */
export function resolveFacts(c: IxbrlCollector): {
  facts: IxbrlFact[];
  errors: IxbrlError[];
  warnings: IxbrlWarning[];
} {
  const facts: IxbrlFact[] = [];
  const errors: IxbrlError[] = [];
  const warnings: IxbrlWarning[] = [];
  const seen = new Set<string>();
  for (const raw of c.facts) {
    if (!raw.complete) continue; // cut off by a truncated file; the "truncated" error covers it
    const resolved = resolveOne(raw, c);
    const concept = raw.concept ?? "(unnamed ix:nonFraction)";
    const where = { concept, contextRef: raw.contextRef, line: raw.line };
    if (Array.isArray(resolved)) {
      const structural = resolved.some((p) => !FACT_ONLY.has(p.kind)) || !raw.concept;
      for (const p of resolved) {
        const message = `line ${raw.line}: ${concept} ${p.what}`;
        if (structural) errors.push({ kind: p.kind, message, line: raw.line, fact: where });
        else
          warnings.push({
            kind: "skipped",
            message: `${message}; fact skipped`,
            line: raw.line,
            fact: where,
            cause: p.kind as "bad-format" | "unknown-format",
          });
      }
      continue;
    }
    const key = formatFactLine(resolved.fact);
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(resolved.fact);
    if (resolved.recovered) {
      warnings.push({
        kind: "recovered",
        message: `line ${raw.line}: ${concept} ${resolved.recovered}`,
        line: raw.line,
        fact: where,
        value: resolved.fact.value,
      });
    }
  }
  return { facts, errors, warnings };
}
