import { type CompareState, serializeCompareState } from "./compare-state";

/** The API URL returning exactly the data of a chart drawn from `state`. */
export function seriesApiHref(state: CompareState, format: "csv" | "json"): string {
  const q = serializeCompareState(state);
  return `/api/v1/series?${q ? `${q}&` : ""}format=${format}`;
}
