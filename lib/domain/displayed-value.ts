import { type SourceTier, tierRank } from "./source-tiers";

/** One source's statement of a fact. */
export interface Candidate {
  id: number;
  value: number;
  tier: SourceTier;
  /** Source publication / filing date, YYYY-MM-DD; null when unknown. */
  sourceDate: string | null;
}

export interface DisplayedValue<C extends Candidate> {
  displayed: C;
  /** Every other source of the same fact, best first. */
  alternates: C[];
  /** True when some alternate states a different value. */
  disagrees: boolean;
  /** Largest relative gap between the displayed value and an alternate (0 when all agree). */
  maxRelativeGap: number;
}

/**
 * The displayed-value rule, in order:
 * 1. a more trusted tier wins (SEC filing > company release > secondary);
 * 2. within a tier, the later-dated source wins, so a restatement in a later filing replaces the earlier figure;
 *    an undated source ranks after dated ones because its recency cannot be shown;
 * 3. otherwise the source recorded first wins, so the choice is stable across re-imports.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  const byTier = tierRank(a.tier) - tierRank(b.tier);
  if (byTier !== 0) return byTier;
  if (a.sourceDate !== b.sourceDate) {
    if (a.sourceDate === null) return 1;
    if (b.sourceDate === null) return -1;
    return a.sourceDate < b.sourceDate ? 1 : -1;
  }
  return a.id - b.id;
}

export function buildDisplayedValue<C extends Candidate>(candidates: readonly C[]): DisplayedValue<C> | null {
  if (candidates.length === 0) return null;
  const [displayed, ...alternates] = [...candidates].sort(compareCandidates);
  const gaps = alternates.map((c) => relativeGap(displayed.value, c.value));
  const maxRelativeGap = gaps.length ? Math.max(...gaps) : 0;
  return { displayed, alternates, disagrees: maxRelativeGap > 0, maxRelativeGap };
}

function relativeGap(a: number, b: number): number {
  if (a === b) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) / scale;
}
