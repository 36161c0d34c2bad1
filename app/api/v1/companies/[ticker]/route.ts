import { eventRows, OBSERVATION_COLUMNS, observationRows } from "@/lib/api/company-payloads";
import { parseFormatOnly } from "@/lib/api/format-param";
import { apiError, apiJson, apiOptions, apiResponse } from "@/lib/api/respond";
import { getCompany, getCompanyNotes } from "@/lib/db/companies";
import { getEvents } from "@/lib/db/events";
import { getSourcedValues } from "@/lib/db/observations";
import { DERIVABLE_METRICS, deriveQuarters } from "@/lib/domain/derived-quarters";
import { buildFacts } from "@/lib/domain/facts";
import { formatCsv } from "@/lib/export/csv";
import { parseTicker } from "@/lib/schemas/ticker";

export const dynamic = "force-dynamic";

/** GET /api/v1/companies/{ticker} — the company, its caveats, every observation with its source, its events. */
export async function GET(request: Request, { params }: { params: Promise<{ ticker: string }> }) {
  const raw = (await params).ticker;
  const ticker = parseTicker(raw);
  if (!ticker) return apiError(400, "bad_request", `"${raw.slice(0, 40)}" is not a ticker.`);
  const q = parseFormatOnly(request.url);
  if (!q.ok) return apiError(400, "bad_request", "Invalid query parameters.", q.details);
  const company = await getCompany(ticker);
  if (!company) return apiError(404, "not_found", `No tracked company has the ticker ${ticker}.`);
  const [values, events, notes] = await Promise.all([
    getSourcedValues(ticker),
    getEvents(ticker),
    getCompanyNotes(ticker),
  ]);
  const facts = buildFacts(values);
  const derived = DERIVABLE_METRICS.flatMap((m) => deriveQuarters(facts, ticker, m, company.fiscalYearEnd));
  const observations = observationRows(values, derived, new Map(facts.map((f) => [f.key, f])));
  if (q.format === "csv") {
    return apiResponse(request, formatCsv(OBSERVATION_COLUMNS, observations), "text/csv; charset=utf-8", {
      "Content-Disposition": `attachment; filename="minerpivot-${ticker.toLowerCase()}-observations.csv"`,
    });
  }
  return apiJson(request, { company, notes, observations, events: eventRows(events) });
}

export const HEAD = GET;
export const OPTIONS = apiOptions;
