import { apiError, apiJson, apiOptions, apiResponse } from "@/lib/api/respond";
import { parseSeriesQuery } from "@/lib/api/series-query";
import { formatCsv } from "@/lib/export/csv";
import { seriesExportFilename } from "@/lib/export/series-filename";
import { buildSeriesRows, SERIES_ROW_COLUMNS } from "@/lib/export/series-rows";
import { serializeCompareState } from "@/lib/url/compare-state";
import { getCompareView } from "@/lib/views/compare-view";

export const dynamic = "force-dynamic";

/** GET /api/v1/series?companies=RIOT~MARA&metric=btc_held&…&format=csv — exactly what /compare draws. */
export async function GET(request: Request) {
  const query = parseSeriesQuery(new URL(request.url).searchParams);
  if (!query.ok) return apiError(400, "bad_request", query.message, query.details);
  const view = await getCompareView(query.state);
  // A page falls back to the default companies; a script asking only for untracked ones gets a 404 instead.
  if (view.untracked.length === query.state.companies.length) {
    return apiError(404, "not_found", "None of the requested companies is tracked.", view.untracked);
  }
  const rows = buildSeriesRows(view);
  const filename = seriesExportFilename(view, query.format);
  if (query.format === "csv") {
    return apiResponse(request, formatCsv(SERIES_ROW_COLUMNS, rows), "text/csv; charset=utf-8", {
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  }
  return apiJson(request, {
    view: { query: serializeCompareState(view.state), ...view.state },
    notices: view.notices,
    columns: SERIES_ROW_COLUMNS,
    rows,
    events: view.events.map((e) => ({
      date: e.date,
      company: e.ticker,
      kind: e.kind,
      title: e.title,
      source_url: e.source.url,
      source_kind: e.source.kind,
      source_date: e.source.date,
      quote: e.quote,
    })),
  });
}

export const HEAD = GET;
export const OPTIONS = apiOptions;
