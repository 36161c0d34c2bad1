/** RFC 4180 CSV writing: a field is quoted when it holds a comma, a quote or a line break; quotes double. */
export function formatCsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function formatCsv<R extends object>(header: readonly (keyof R & string)[], rows: readonly R[]): string {
  const lines = [header.map(formatCsvField).join(",")];
  for (const row of rows)
    lines.push(header.map((h) => formatCsvField(row[h] as string | number | null | undefined)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
