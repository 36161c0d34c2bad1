import { apiError, apiJson, apiOptions } from "@/lib/api/respond";
import { getPageCitations, pageAddressSchema } from "@/lib/views/page-citations";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/citations?page=/companies/RIOT%3Fcadence%3Dquarterly — the source of every value cited on that
 * page, keyed as its buttons' data-cite. Source cards load it on first hover, focus or click.
 */
export async function GET(request: Request) {
  const page = pageAddressSchema.safeParse(new URL(request.url).searchParams.get("page") ?? "");
  if (!page.success)
    return apiError(400, "bad_request", "Give the page as ?page=/companies/RIOT (a path on this site).");
  const citations = await getPageCitations(page.data);
  if (!citations) return apiError(404, "not_found", "That page cites no values.");
  return apiJson(request, { page: page.data, citations });
}

export const HEAD = GET;
export const OPTIONS = apiOptions;
