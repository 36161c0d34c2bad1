/**
 * Deterministic file names: minerpivot-<subject>-<what>-<from>-<to>.<ext>, lower-case ASCII, so the same view
 * always downloads under the same name (e.g. minerpivot-riot-btc-held-vs-ai-hpc-2023-01-2025-11.png).
 */
export function buildExportFilename(parts: {
  subject: string;
  what: string;
  from: string | null;
  to: string | null;
  ext: string;
  suffix?: string;
}): string {
  const month = (d: string | null) => (d ? d.slice(0, 7) : null);
  const segments = ["minerpivot", parts.subject, parts.what, month(parts.from), month(parts.to), parts.suffix ?? null]
    .filter((s): s is string => !!s)
    .map(slug)
    .filter(Boolean);
  return `${segments.join("-")}.${parts.ext.replace(/^\./, "").toLowerCase()}`;
}

export function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
