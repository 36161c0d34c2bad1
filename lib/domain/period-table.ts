import { METRICS, type MetricId, type PeriodType } from "./metrics";

export interface TableFactRef {
  key: string;
  metric: MetricId;
  periodEnd: string;
  periodType: PeriodType;
  /** A quarter computed from reported figures (lib/domain/derived-quarters.ts), flagged in the cell. */
  derived?: boolean;
}

export interface PeriodRow {
  periodEnd: string;
  periodType: PeriodType;
  /**
   * Fact keys by metric; a missing metric is a gap in the sources. Several keys share a cell when one period
   * has figures of different holdings basis: they are different facts and each is shown.
   */
  cells: Partial<Record<MetricId, string[]>>;
}

/** Period-by-metric grid, newest first; columns in catalogue order, only metrics the company has. */
export function buildPeriodTable(facts: readonly TableFactRef[]): { metrics: MetricId[]; rows: PeriodRow[] } {
  const present = new Set(facts.map((f) => f.metric));
  const metrics = METRICS.map((m) => m.id).filter((id) => present.has(id));
  const rows = new Map<string, PeriodRow>();
  for (const f of facts) {
    const k = `${f.periodEnd}|${f.periodType}`;
    const row = rows.get(k) ?? { periodEnd: f.periodEnd, periodType: f.periodType, cells: {} };
    row.cells[f.metric] = [...(row.cells[f.metric] ?? []), f.key];
    rows.set(k, row);
  }
  const order: PeriodType[] = ["instant", "month", "quarter", "ytd", "year"];
  return {
    metrics,
    rows: [...rows.values()].sort((a, b) =>
      a.periodEnd !== b.periodEnd
        ? a.periodEnd < b.periodEnd
          ? 1
          : -1
        : order.indexOf(a.periodType) - order.indexOf(b.periodType),
    ),
  };
}
