/**
 * Drafts of the xbrli:context and xbrli:unit resources found in ix:resources, and their final shape.
 * They are keyed by id and looked up only after the whole document is read, because iXBRL places
 * ix:header anywhere (often before, sometimes after, the facts that reference it).
 */

export interface ContextInfo {
  start: string | null;
  end: string | null;
  instant: string | null;
  /** Sorted by dimension QName. */
  dims: Record<string, string>;
}

export interface ContextDraft {
  id: string;
  start: string | null;
  end: string | null;
  instant: string | null;
  dims: [dimension: string, member: string][];
}

export interface UnitDraft {
  id: string;
  numerator: string[];
  denominator: string[];
  /** Where xbrli:measure text goes: plain units and unitNumerator fill `numerator`. */
  target: "numerator" | "denominator";
}

export const newContextDraft = (id: string): ContextDraft => ({ id, start: null, end: null, instant: null, dims: [] });

export const newUnitDraft = (id: string): UnitDraft => ({ id, numerator: [], denominator: [], target: "numerator" });

/**
 * The date part of an xs:date / xs:dateTime as written (XBRL 2.1 §4.7.2 allows both). Any time or
 * timezone suffix is dropped; text that is not date-shaped is returned trimmed so the problem is visible.
 */
export function datePart(text: string): string {
  const trimmed = text.trim();
  const m = /^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}/.exec(trimmed);
  return m ? m[0] : trimmed;
}

export function finishContext(draft: ContextDraft): ContextInfo {
  // Segment and scenario members merge into one map; a repeated dimension (invalid per XBRL
  // Dimensions 1.0 §2.7.1) keeps its first member. Keys sort by code unit so output is deterministic.
  const byDimension = new Map<string, string>();
  for (const [dimension, member] of draft.dims) if (!byDimension.has(dimension)) byDimension.set(dimension, member);
  const dims: Record<string, string> = {};
  for (const key of [...byDimension.keys()].sort()) dims[key] = byDimension.get(key) ?? "";
  return { start: draft.start, end: draft.end, instant: draft.instant, dims };
}

/** `A`, `A*B` for a product, `N/D` for xbrli:divide (XBRL 2.1 §4.8.3), measures in document order. */
export function unitString(draft: UnitDraft): string {
  const numerator = draft.numerator.join("*");
  return draft.denominator.length > 0 ? `${numerator}/${draft.denominator.join("*")}` : numerator;
}
