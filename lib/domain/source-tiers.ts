/**
 * Source kinds and their tiers. The tier ranks how much a number is trusted:
 * a filing beats the company's own release, which beats a third party quoting the company.
 */
export const SOURCE_KINDS = [
  "10-Q",
  "10-K",
  "8-K",
  "6-K",
  "20-F",
  "40-F",
  "press-release",
  "production-update",
  "news",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_TIERS = ["filing", "company", "secondary"] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

const TIER_OF_KIND: Record<SourceKind, SourceTier> = {
  "10-Q": "filing",
  "10-K": "filing",
  "8-K": "filing",
  "6-K": "filing",
  "20-F": "filing",
  "40-F": "filing",
  "press-release": "company",
  "production-update": "company",
  news: "secondary",
};

export function tierOfKind(kind: SourceKind): SourceTier {
  return TIER_OF_KIND[kind];
}

/** Lower is more trusted. */
export function tierRank(tier: SourceTier): number {
  return SOURCE_TIERS.indexOf(tier);
}

export const TIER_LABELS: Record<SourceTier, string> = {
  filing: "SEC filing",
  company: "Company release",
  secondary: "Secondary (news)",
};
