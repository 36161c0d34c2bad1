import { apiError } from "@/lib/api/respond";
import { getChanges } from "@/lib/db/changes";
import { getCompany } from "@/lib/db/companies";
import { changesFeed } from "@/lib/feeds/atom";
import { atomResponse, siteOrigin } from "@/lib/feeds/respond";
import { parseTicker } from "@/lib/schemas/ticker";

export const dynamic = "force-dynamic";

/** GET /companies/{ticker}/feed.xml — one company's recorded changes as Atom. */
export async function GET(request: Request, { params }: { params: Promise<{ ticker: string }> }) {
  const ticker = parseTicker((await params).ticker);
  const company = ticker ? await getCompany(ticker) : null;
  if (!ticker || !company) return apiError(404, "not_found", "No tracked company has that ticker.");
  const changes = await getChanges({ ticker, limit: 200 });
  const xml = changesFeed({
    origin: siteOrigin(request),
    self: `/companies/${ticker}/feed.xml`,
    title: `MinerPivot: ${company.name} (${ticker}), what changed in its filings`,
    alternate: `/changes?company=${ticker}`,
    changes,
    fallbackUpdated: "2026-01-01T00:00:00.000Z",
  });
  return atomResponse(request, xml);
}

export const HEAD = GET;
