import type { ChangeEntry } from "../db/changes";
import { CHANGE_KIND_LABELS, changeTitle } from "../views/change-text";

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/**
 * An Atom 1.0 feed (RFC 4287) of recorded changes. Entry ids are tag URIs built from the change's own id, so
 * they never change; each entry links the EDGAR document and the company page.
 */
export function changesFeed(opts: {
  origin: string;
  /** The feed's own path, e.g. /feed.xml or /companies/RIOT/feed.xml. */
  self: string;
  title: string;
  /** The page the feed mirrors. */
  alternate: string;
  changes: readonly ChangeEntry[];
  /** Used as <updated> when there is no change yet. */
  fallbackUpdated: string;
}): string {
  const { origin } = opts;
  const updated = opts.changes[0]?.at ?? opts.fallbackUpdated;
  const entries = opts.changes.map((c) => {
    const page = `${origin}/companies/${encodeURIComponent(c.ticker)}`;
    const summary = [
      changeTitle(c),
      `Source: ${c.source.url}`,
      c.oldSource && c.oldSource.url !== c.source.url ? `Earlier source: ${c.oldSource.url}` : "",
    ]
      .filter(Boolean)
      .join("\n");
    return `  <entry>
    <id>tag:minerpivot,2026:change/${c.id}</id>
    <title>${xml(changeTitle(c))}</title>
    <updated>${xml(c.at)}</updated>
    <link rel="alternate" type="text/html" href="${xml(c.source.url)}"/>
    <link rel="related" type="text/html" href="${xml(page)}"/>
    <category term="${xml(c.kind)}" label="${xml(CHANGE_KIND_LABELS[c.kind] ?? c.kind)}"/>
    <author><name>${xml(c.companyName)}</name></author>
    <summary type="text">${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:minerpivot,2026:feed${xml(opts.self)}</id>
  <title>${xml(opts.title)}</title>
  <updated>${xml(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(origin + opts.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(origin + opts.alternate)}"/>
  <author><name>MinerPivot</name></author>
${entries.join("\n")}
</feed>
`;
}
