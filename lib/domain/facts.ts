import { buildDisplayedValue, type DisplayedValue } from "./displayed-value";
import { getMetric } from "./metrics";
import type { SourcedValue } from "./types";

/** A fact: every source's statement of one (company, metric, period) with the displayed one chosen. */
export interface Fact
  extends DisplayedValue<SourcedValue & { tier: SourcedValue["source"]["tier"]; sourceDate: string | null }> {
  key: string;
  ticker: string;
  metric: SourcedValue["metric"];
  periodEnd: string;
  periodType: SourcedValue["periodType"];
  /** Holdings of different basis are different facts: never one displayed value, one line or one peak. */
  basis: SourcedValue["basis"];
}

type Candidate = SourcedValue & { tier: SourcedValue["source"]["tier"]; sourceDate: string | null };

const asCandidate = (v: SourcedValue): Candidate => ({ ...v, tier: v.source.tier, sourceDate: v.source.date });

/**
 * Groups observations into facts. Flows keep month, quarter, ytd and year apart: they are different facts.
 * With `mergeStockPeriods`, a stock (BTC held, hashrate, contracted MW) stated at the same date by a month
 * update and a quarterly report is one balance, so those statements compete for one displayed value.
 */
export function buildFacts(values: readonly SourcedValue[], opts: { mergeStockPeriods?: boolean } = {}): Fact[] {
  const groups = new Map<string, SourcedValue[]>();
  for (const v of values) {
    const merge = opts.mergeStockPeriods && getMetric(v.metric)?.stock;
    const parts = [v.ticker, v.metric, v.periodEnd, merge ? "*" : v.periodType];
    // Keys of as-reported facts stay as they were; another basis is a separate fact.
    if (v.basis !== "as-reported") parts.push(v.basis);
    const key = parts.join("|");
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  const facts: Fact[] = [];
  for (const [key, list] of groups) {
    const chosen = buildDisplayedValue(list.map(asCandidate));
    if (!chosen) continue;
    const d = chosen.displayed;
    facts.push({
      ...chosen,
      key,
      ticker: d.ticker,
      metric: d.metric,
      periodEnd: d.periodEnd,
      periodType: d.periodType,
      basis: d.basis,
    });
  }
  return facts.sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
}
