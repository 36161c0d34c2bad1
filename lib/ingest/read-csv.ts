import { parse } from "csv-parse/sync";
import type { z } from "zod";

/** An error located in an input file: the CLI and the seed print it as file:line:field: message. */
export interface RowError {
  file: string;
  /** Line number in a text file, or a path such as `observations[3]` / `fact us-gaap:X` where lines do not apply. */
  line: number | string;
  field: string;
  message: string;
}

export function formatRowError(e: RowError): string {
  return `${e.file}:${e.line}:${e.field}: ${e.message}`;
}

export interface ParsedRows<T> {
  rows: { line: number; value: T }[];
  errors: RowError[];
}

/**
 * Parses a CSV text (BOM, quotes, CRLF handled by csv-parse) and validates every row with `schema`.
 * Returns every row error instead of stopping at the first, so one run reports all problems.
 */
export function parseCsvRows<S extends z.ZodType<unknown, Record<string, string>>>(
  text: string,
  file: string,
  schema: S,
  expectedHeader: readonly string[],
  /** Columns a file may add (the dataset download's informational ones). */
  optionalHeader: readonly string[] = [],
): ParsedRows<z.infer<S>> {
  const errors: RowError[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return { rows: [], errors: [{ file, line: e.lines ?? 1, field: "(csv)", message: e.message }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const actualHeader = header.length ? header : firstLine.split(",").map((h) => h.trim());
  const missing = expectedHeader.filter((h) => !actualHeader.includes(h));
  const unexpected = actualHeader.filter((h) => !expectedHeader.includes(h) && !optionalHeader.includes(h));
  if (missing.length || unexpected.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.join(", ")}` : "",
      unexpected.length ? `unexpected column(s) ${unexpected.join(", ")}` : "",
    ].filter(Boolean);
    return { rows: [], errors: [{ file, line: 1, field: "(header)", message: parts.join("; ") }] };
  }
  const rows: ParsedRows<z.infer<S>>["rows"] = [];
  for (const { record, info } of records) {
    // info.lines is the line the record ends on; quoted fields never span lines in our formats.
    const line = info.lines;
    const result = schema.safeParse(record);
    if (result.success) rows.push({ line, value: result.data });
    else {
      for (const issue of result.error.issues) {
        errors.push({ file, line, field: issue.path.map(String).join(".") || "(row)", message: issue.message });
      }
    }
  }
  return { rows, errors };
}
