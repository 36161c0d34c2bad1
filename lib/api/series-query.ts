import { z } from "zod";
import { COMPARE_STATE_KEYS, type CompareState, parseCompareState } from "../url/compare-state";

/** The page's view-state keys plus the API's own `format`: one definition, so the two never drift apart. */
const KNOWN = new Set<string>([...COMPARE_STATE_KEYS, "format"]);
const formatSchema = z.enum(["json", "csv"]);

/**
 * The API takes the same view-state parameters as /compare, but strictly: where a page falls back to a default
 * with a notice, the API answers 400 and names the parameter, so a script never gets data it did not ask for.
 */
export function parseSeriesQuery(
  params: URLSearchParams,
): { ok: true; state: CompareState; format: "json" | "csv" } | { ok: false; message: string; details: string[] } {
  const details: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) details.push(`Unknown parameter "${key.slice(0, 40)}".`);
    else if (params.getAll(key).length > 1) details.push(`Parameter "${key}" is given more than once.`);
  }
  const format = formatSchema.safeParse(params.get("format") ?? "json");
  if (!format.success) details.push(`Ignored format="${String(params.get("format")).slice(0, 40)}": use json or csv.`);
  const { state, notices } = parseCompareState(params);
  details.push(...notices);
  if (details.length) return { ok: false, message: "Invalid query parameters.", details };
  return { ok: true, state, format: format.success ? format.data : "json" };
}
