import type { OverviewSortKey } from "../schemas/overview-params";
import type { OverviewRow } from "./overview";

const VALUE: Record<OverviewSortKey, (r: OverviewRow) => number | string | null> = {
  company: (r) => r.company.ticker,
  held: (r) => r.latestHeld?.value ?? null,
  peak_change: (r) => r.changeFromPeak,
  // Only complete 12-month sums are compared; a company without one sorts last, whatever the direction.
  sold: (r) => (r.soldLast12m.ok ? r.soldLast12m.sum.value : null),
  mw: (r) => r.contractedMw?.value ?? null,
  contract_value: (r) => r.contractValue?.value ?? null,
  source_date: (r) => r.latestSourceDate,
};

/** Sorts rows; companies without the figure always go last, whatever the direction, since a gap is not a zero. */
export function sortOverviewRows<R extends OverviewRow>(
  rows: readonly R[],
  key: OverviewSortKey,
  dir: "asc" | "desc",
): R[] {
  const get = VALUE[key];
  return [...rows].sort((a, b) => {
    const va = get(a);
    const vb = get(b);
    if (va === null && vb === null) return a.company.ticker.localeCompare(b.company.ticker);
    if (va === null) return 1;
    if (vb === null) return -1;
    const cmp = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
    return (dir === "asc" ? cmp : -cmp) || a.company.ticker.localeCompare(b.company.ticker);
  });
}
