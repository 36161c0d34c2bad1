import type { SourceRef } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { TierBadge } from "./TierBadge";

/** "10-Q · Nov 5, 2025 · SEC filing · open ↗" — how a source is named everywhere. */
export function SourceLine({ source }: { source: SourceRef }) {
  let host = source.url;
  try {
    host = new URL(source.url).hostname.replace(/^www\./, "");
  } catch {
    // Stored URLs were validated on import; keep the raw text if one is odd.
  }
  return (
    <span>
      <strong>{source.kind}</strong>
      {source.date ? ` · ${formatDate(source.date)}` : " · date not stated"} · <TierBadge tier={source.tier} />{" "}
      <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
        {host} ↗
      </a>
    </span>
  );
}
