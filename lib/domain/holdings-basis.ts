import type { MetricId } from "./metrics";
import type { SourceKind } from "./source-tiers";

/**
 * What a "BTC held" figure counts. Companies and their documents differ (a 10-K count without bitcoin
 * posted as collateral, a monthly update's total with it), and a line joining the two shows dips that are
 * only a change of definition. Each holdings observation gets one basis; charts, peaks and "% from peak"
 * never join figures of different basis.
 */
export const HOLDINGS_BASES = [
  "as-reported",
  "excluding-collateral",
  "including-restricted",
  "including-pledged-or-loaned",
] as const;
export type HoldingsBasis = (typeof HOLDINGS_BASES)[number];

export const BASIS_LABELS: Record<HoldingsBasis, { label: string; definition: string }> = {
  "as-reported": {
    label: "as reported",
    definition: "The count the source states; it does not say whether pledged, loaned or restricted bitcoin is in it.",
  },
  "excluding-collateral": {
    label: "excluding collateral",
    definition: "Bitcoin posted as collateral (or pledged under a credit facility) is left out of the count.",
  },
  "including-restricted": {
    label: "including restricted",
    definition: "The count includes restricted bitcoin (held for a specific purpose and not freely available).",
  },
  "including-pledged-or-loaned": {
    label: "including pledged or loaned",
    definition: "The count includes bitcoin loaned to third parties, actively managed or pledged as collateral.",
  },
};

export interface BasisRule {
  id: string;
  ticker: string;
  /** Inclusive period-end range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Only sources of these kinds; any kind when absent. */
  kinds?: readonly SourceKind[];
  /** Only statements whose quote matches. */
  quote?: RegExp;
  basis: HoldingsBasis;
  /** What the company's documents say, and where (prisma/data/notes, company notes). */
  why: string;
}

const FILINGS: readonly SourceKind[] = ["10-Q", "10-K", "8-K", "6-K", "20-F", "40-F"];
const COMPANY_AND_NEWS: readonly SourceKind[] = ["press-release", "production-update", "news"];

/** First matching rule wins; holdings no rule matches are "as-reported". Only documented cases are here. */
export const BASIS_RULES: readonly BasisRule[] = [
  {
    id: "clsk-filings-exclude-collateral",
    ticker: "CLSK",
    kinds: FILINGS,
    basis: "excluding-collateral",
    why: "CleanSpark's 10-K/10-Q counts exclude bitcoin posted as collateral and derecognised (2,583 BTC at 2025-09-30; 1,648 at 2025-12-31); notes/filing-tier.md, notes/corrections.md. The filings' definition does not change when no collateral is posted, so every filing count is on this basis.",
  },
  {
    id: "clsk-filing-count-quoted",
    ticker: "CLSK",
    quote: /posted as collateral|the Company held/i,
    basis: "excluding-collateral",
    why: "A report quoting the filing's count ('held … with a receivable for 1,229 bitcoin posted as collateral', 'the Company held 10,428').",
  },
  {
    id: "clsk-updates-include-collateral",
    ticker: "CLSK",
    kinds: COMPANY_AND_NEWS,
    basis: "including-pledged-or-loaned",
    why: "Monthly updates' 'total holdings' include bitcoin posted as collateral (13,011 vs the 10-K's 10,428 at 2025-09-30); the FQ3-2025 release's 12,703 is on this basis (notes/corrections.md). The definition is the same before collateral was first posted, so the whole monthly series is one line.",
  },
  {
    id: "cifr-fy2024-filing-excludes-pledged",
    ticker: "CIFR",
    from: "2024-12-31",
    kinds: FILINGS,
    basis: "excluding-collateral",
    why: "The FY2024 10-K's 994 BTC at 2024-12-31 excludes 345 BTC pledged under the Coinbase facility, which the filing no longer counts as holdings (notes/filing-tier.md).",
  },
  {
    id: "cifr-updates-include-pledged",
    ticker: "CIFR",
    from: "2025-01-01",
    quote: /pledged|collateral|treasury balance/i,
    basis: "including-pledged-or-loaned",
    why: "Company updates from 2025 include pledged BTC (379 of 855 BTC at 2025-04-30 'treasury balance'); company note 'BTC held'.",
  },
  {
    id: "mara-2025-includes-loaned",
    ticker: "MARA",
    from: "2025-01-01",
    basis: "including-pledged-or-loaned",
    why: "From 2025 MARA's holdings include BTC loaned, actively managed and pledged as collateral (~14,269 of 47,531 at 2025-03-31; 17,357 of 52,850 at 2025-09-30); notes/filing-tier.md.",
  },
  {
    id: "riot-2025-04-includes-restricted",
    ticker: "RIOT",
    from: "2025-04-01",
    basis: "including-restricted",
    why: "From April 2025 Riot's 'Bitcoin Held' includes restricted bitcoin (3,300 BTC at 2025-09-30 and 2025-10-31); company note 'BTC held'.",
  },
];

export interface BasisInput {
  ticker: string;
  metric: MetricId | string;
  periodEnd: string;
  sourceKind: SourceKind;
  quote: string;
}

/** The basis of one observation: the first matching rule's, else "as-reported" (and always for non-holdings). */
export function basisOf(o: BasisInput): HoldingsBasis {
  if (o.metric !== "btc_held") return "as-reported";
  const rule = BASIS_RULES.find(
    (r) =>
      r.ticker === o.ticker &&
      (!r.from || o.periodEnd >= r.from) &&
      (!r.to || o.periodEnd <= r.to) &&
      (!r.kinds || r.kinds.includes(o.sourceKind)) &&
      (!r.quote || r.quote.test(o.quote)),
  );
  return rule?.basis ?? "as-reported";
}

export function isHoldingsBasis(s: string): s is HoldingsBasis {
  return (HOLDINGS_BASES as readonly string[]).includes(s);
}
