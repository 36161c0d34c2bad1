import type { Freshness } from "@/lib/domain/staleness";

/** The as-of date and age of a "latest" figure; past six months it is marked stale in words, not colour alone. */
export function AsOf({ freshness, short = false }: { freshness: Freshness; short?: boolean }) {
  return (
    <span className={freshness.stale ? "asof stale" : "asof"}>
      {short ? freshness.compact : freshness.label}
      {freshness.stale ? <strong className="stale-flag"> · stale</strong> : null}
    </span>
  );
}
