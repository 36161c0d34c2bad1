import { z } from "zod";

export const OVERVIEW_SORT_KEYS = [
  "company",
  "held",
  "peak_change",
  "sold",
  "mw",
  "contract_value",
  "source_date",
] as const;
export type OverviewSortKey = (typeof OVERVIEW_SORT_KEYS)[number];

export const OVERVIEW_PAGE_SIZE = 50;

const schema = z.object({
  sort: z.enum(OVERVIEW_SORT_KEYS).catch("held"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  /** Search in ticker and name. */
  q: z.string().trim().max(60).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type OverviewParams = z.infer<typeof schema>;

/** ?sort=mw&dir=asc; unknown values fall back to the default order with a notice. */
export function parseOverviewParams(raw: Record<string, string | string[] | undefined>): {
  params: OverviewParams;
  notices: string[];
} {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const input = {
    sort: first(raw.sort) ?? "held",
    dir: first(raw.dir) ?? "desc",
    q: first(raw.q) ?? "",
    page: first(raw.page) ?? "1",
  };
  const params = schema.parse(input);
  const notices: string[] = [];
  if (params.sort !== input.sort) notices.push(`Ignored sort="${String(input.sort).slice(0, 40)}": not a column.`);
  if (params.dir !== input.dir) notices.push(`Ignored dir="${String(input.dir).slice(0, 40)}": use asc or desc.`);
  if (params.q !== input.q.trim()) notices.push("Ignored the search: at most 60 characters.");
  if (String(params.page) !== input.page)
    notices.push(`Ignored page="${String(input.page).slice(0, 40)}": use a page number.`);
  return { params, notices };
}
