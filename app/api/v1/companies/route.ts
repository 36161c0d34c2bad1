import { COMPANY_LIST_COLUMNS, companyListRows } from "@/lib/api/company-payloads";
import { parseFormatOnly } from "@/lib/api/format-param";
import { apiError, apiJson, apiOptions, apiResponse } from "@/lib/api/respond";
import { formatCsv } from "@/lib/export/csv";
import { getOverviewView } from "@/lib/views/overview-view";

export const dynamic = "force-dynamic";

/** GET /api/v1/companies — every tracked miner with the overview's figures and their sources. */
export async function GET(request: Request) {
  const q = parseFormatOnly(request.url);
  if (!q.ok) return apiError(400, "bad_request", "Invalid query parameters.", q.details);
  const rows = companyListRows((await getOverviewView()).rows);
  if (q.format === "csv") {
    return apiResponse(request, formatCsv(COMPANY_LIST_COLUMNS, rows), "text/csv; charset=utf-8", {
      "Content-Disposition": 'attachment; filename="minerpivot-companies.csv"',
    });
  }
  return apiJson(request, { companies: rows });
}

export const HEAD = GET;
export const OPTIONS = apiOptions;
