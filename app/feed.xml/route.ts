import { getChanges } from "@/lib/db/changes";
import { changesFeed } from "@/lib/feeds/atom";
import { atomResponse, siteOrigin } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** GET /feed.xml — every recorded change (new figures, revisions, new filings), newest first, as Atom. */
export async function GET(request: Request) {
  const changes = await getChanges({ limit: 200 });
  const xml = changesFeed({
    origin: siteOrigin(request),
    self: "/feed.xml",
    title: "MinerPivot: what changed in the miners' filings",
    alternate: "/changes",
    changes,
    fallbackUpdated: "2026-01-01T00:00:00.000Z",
  });
  return atomResponse(request, xml);
}

export const HEAD = GET;
