import type { ImportReport } from "./import-inputs";

/** Human-readable import report for the terminal. */
export function formatImportReport(r: ImportReport): string {
  const c = r.counts;
  const head =
    r.status === "empty"
      ? `${r.file} [${r.kind}]: nothing to import, nothing written`
      : r.status === "unchanged"
        ? `${r.file} [${r.kind}]: already imported, nothing changed (${c.unchanged} rows unchanged)`
        : r.status === "rejected"
          ? `${r.file} [${r.kind}]: REJECTED, nothing written (${r.errors.length} error${r.errors.length === 1 ? "" : "s"})`
          : r.status === "dry-run"
            ? `${r.file} [${r.kind}]: dry run, would write ${r.observations?.length ?? 0} observations; nothing written`
            : `${r.file} [${r.kind}]: ${c.inserted} inserted, ${c.revised} revised, ${c.unchanged} unchanged`;
  const lines = [head + (r.importRunId ? ` (import #${r.importRunId})` : "")];
  for (const e of r.errors.slice(0, 200)) lines.push(`  error: ${e}`);
  if (r.errors.length > 200) lines.push(`  … and ${r.errors.length - 200} more errors`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  for (const n of r.notes) lines.push(`  note: ${n}`);
  if (r.unmapped.length) {
    lines.push(`  unmapped facts worth a rule (${r.unmapped.length}; extend lib/ingest/xbrl/mapping-rules.ts):`);
    const byConcept = new Map<string, ImportReport["unmapped"]>();
    for (const u of r.unmapped) byConcept.set(u.concept, [...(byConcept.get(u.concept) ?? []), u]);
    for (const [concept, list] of byConcept) {
      const u = list[0];
      const dims = Object.entries(u.dims)
        .map(([a, m]) => `${a}=${m}`)
        .join(", ");
      lines.push(
        `    ${concept} ×${list.length} [${u.unit ?? "no unit"}; e.g. ${u.value} ${u.period}${dims ? `; ${dims}` : ""}] — ${u.reason}`,
      );
    }
  }
  return lines.join("\n");
}

interface HistoryRow {
  id: number;
  startedAt: string;
  input: string;
  kind: string;
  status: string;
  inserted: number;
  unchanged: number;
  revised: number;
  rejected: number;
  errors: string;
}

export function formatImportHistory(runs: HistoryRow[]): string {
  if (runs.length === 0) return "No imports yet.";
  const rows = runs.map((r) => {
    const errors = JSON.parse(r.errors) as string[];
    return `#${r.id}  ${r.startedAt.slice(0, 19).replace("T", " ")}  ${r.status.padEnd(8)} ${r.kind.padEnd(16)} +${r.inserted} ~${r.revised} =${r.unchanged} ✗${r.rejected}  ${r.input}${errors.length ? `\n      first error: ${errors[0]}` : ""}`;
  });
  return [
    "id   started              status   kind             inserted/revised/unchanged/rejected  input",
    ...rows,
  ].join("\n");
}
