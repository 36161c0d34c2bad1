import type { IxbrlFact } from "./types";

const str = (value: string | null) => JSON.stringify(value);

/**
 * One fact as a JSON line with the fixed key order
 * concept, value, unit, start, end, instant, dims — built by hand rather than JSON.stringify(object)
 * so the order never depends on how the object was assembled, and dims keys are always sorted.
 * JSON has no Infinity/NaN, so non-finite values (SEC numinf/numnan) print as null, as JSON.stringify does.
 */
export function formatFactLine(fact: IxbrlFact): string {
  const value = fact.value !== null && Number.isFinite(fact.value) ? JSON.stringify(fact.value) : "null";
  const dims = Object.keys(fact.dims)
    .sort()
    .map((key) => `${str(key)}:${str(fact.dims[key])}`)
    .join(",");
  return (
    `{"concept":${str(fact.concept)},"value":${value},"unit":${str(fact.unit)},` +
    `"start":${str(fact.start)},"end":${str(fact.end)},"instant":${str(fact.instant)},"dims":{${dims}}}`
  );
}
