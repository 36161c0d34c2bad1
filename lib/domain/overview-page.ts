import type { OverviewRow } from "./overview";

/** Search (ticker or name, case-insensitive) then one page of rows; the page is clamped to what exists. */
export function pageOverviewRows<R extends OverviewRow>(rows: readonly R[], q: string, page: number, size: number) {
  const needle = q.toLowerCase();
  const matching = needle
    ? rows.filter(
        (r) => r.company.ticker.toLowerCase().includes(needle) || r.company.name.toLowerCase().includes(needle),
      )
    : [...rows];
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(page, pages);
  return { rows: matching.slice((current - 1) * size, current * size), total: matching.length, page: current, pages };
}
