import { type SourceTier, TIER_LABELS } from "@/lib/domain/source-tiers";

export function TierBadge({ tier }: { tier: SourceTier }) {
  return <span className={`tier tier-${tier}`}>{TIER_LABELS[tier]}</span>;
}
