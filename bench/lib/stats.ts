/** Small statistics and reporting helpers: percentiles, a fixed-width table and one verdict line per figure. */

/** Nearest-rank percentile (p in 0..100) of an unsorted sample. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (sample: readonly number[]): number => percentile(sample, 50);

export const ms = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 1)} ms` : "n/a");
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export type Verdict = "PASS" | "FAIL" | "INFO" | "SKIP";

/** The one summary line per figure; run-all.ts collects lines that start with "[PASS]" / "[FAIL]" / ... */
export function verdict(status: Verdict, label: string, value: string, goal?: string): void {
  console.log(`[${status}] ${label}: ${value}${goal ? ` (goal ${goal})` : ""}`);
}

/** PASS when ok is true, FAIL otherwise. */
export function check(ok: boolean, label: string, value: string, goal: string): void {
  verdict(ok ? "PASS" : "FAIL", label, value, goal);
}

/** Prints rows as a left/right-aligned text table (first column left, others right). */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
