import type { ObservationRow } from "../schemas/dataset";
import type { RowError } from "./read-csv";

interface Located<T> {
  file: string;
  line: number | string;
  value: T;
}

/**
 * Checks across observation rows: every ticker known, one kind and date per source document, and no two
 * rows stating the same fact from the same source and quote with different values.
 */
export function checkObservationRows(
  rows: readonly Located<ObservationRow>[],
  knownTicker: (t: string) => boolean,
): RowError[] {
  const errors: RowError[] = [];
  const at = (r: Located<unknown>, field: string, message: string) =>
    errors.push({ file: r.file, line: r.line, field, message });
  const sourceMeta = new Map<string, { kind: string; date: string | null; line: number | string }>();
  const facts = new Map<string, { value: number; line: number | string }>();
  for (const r of rows) {
    const o = r.value;
    if (!knownTicker(o.ticker)) at(r, "ticker", `unknown ticker "${o.ticker}"`);
    const meta = sourceMeta.get(o.source_url);
    if (meta && (meta.kind !== o.source_kind || meta.date !== o.source_date)) {
      at(
        r,
        "source_kind",
        `source ${o.source_url} is ${meta.kind} dated ${meta.date ?? "(none)"} on line ${meta.line}`,
      );
    } else if (!meta) sourceMeta.set(o.source_url, { kind: o.source_kind, date: o.source_date, line: r.line });
    const key = [o.ticker, o.metric, o.period_end, o.period_type, o.source_url, o.quote].join("\u0000");
    const seen = facts.get(key);
    if (seen && seen.value !== o.value)
      at(r, "value", `duplicated row with a different value (${seen.value} on line ${seen.line})`);
    else if (!seen) facts.set(key, { value: o.value, line: r.line });
  }
  return errors;
}
