/** Endpoints without view state accept only ?format=json|csv; anything else is a 400. */
export function parseFormatOnly(url: string): { ok: true; format: "json" | "csv" } | { ok: false; details: string[] } {
  const params = new URL(url).searchParams;
  const details = [...new Set(params.keys())]
    .filter((k) => k !== "format")
    .map((k) => `Unknown parameter "${k.slice(0, 40)}".`);
  if (params.getAll("format").length > 1) details.push('Parameter "format" is given more than once.');
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") details.push(`Ignored format="${format.slice(0, 40)}": use json or csv.`);
  return details.length ? { ok: false, details } : { ok: true, format: format as "json" | "csv" };
}
