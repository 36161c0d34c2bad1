import { revalidatePath, revalidateTag } from "next/cache";
import { DATA_TAG } from "@/lib/cache/data-cache";
import { revalidateSecret, secretMatches } from "@/lib/cache/revalidate-secret";

export const dynamic = "force-dynamic";

/**
 * POST /api/revalidate, called by the ingest path after an import or seed changed the data (lib/ingest/
 * revalidate-pages.ts): every cached page and view is dropped and rendered again on its next request. Needs the
 * shared secret; it changes no data, so a refused call leaves the site exactly as it was.
 */
export async function POST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  if (!secretMatches(token, revalidateSecret())) {
    return Response.json(
      { error: { code: "unauthorized", message: "A valid revalidation secret is required." } },
      {
        status: 401,
        headers: { "Cache-Control": "no-store" },
      },
    );
  }
  // expire: 0 — the next reader gets the new data, not one more stale copy.
  revalidateTag(DATA_TAG, { expire: 0 });
  revalidatePath("/", "layout");
  return Response.json(
    { revalidated: true, at: new Date().toISOString() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
