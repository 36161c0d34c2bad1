import { revalidateSecret } from "../cache/revalidate-secret";

/**
 * After an import or seed that changed data: tells the running server(s) to drop their cached pages, so each
 * page renders once for the new data version. MINERPIVOT_REVALIDATE_URL lists the servers (comma-separated, for
 * several instances); by default the one on this machine, http://127.0.0.1:$PORT (3000); "off" (or empty) turns it
 * off. A server that is not running needs nothing: it renders from the database it finds when it starts.
 */
export async function revalidateServerPages(dbFile?: string): Promise<string[]> {
  const setting =
    process.env.MINERPIVOT_REVALIDATE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/revalidate`;
  const urls =
    setting.trim().toLowerCase() === "off"
      ? []
      : setting
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean);
  const secret = revalidateSecret(dbFile);
  return Promise.all(
    urls.map(async (url) => {
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { authorization: `Bearer ${secret}` },
          signal: AbortSignal.timeout(5_000),
        });
        if (res.ok) return `Pages revalidated on ${url}.`;
        if (res.status === 401)
          return `${url} refused the revalidation (401): its MINERPIVOT_REVALIDATE_SECRET differs; its pages refresh within 5 minutes.`;
        return `${url} answered ${res.status} to the revalidation; its pages refresh within 5 minutes.`;
      } catch {
        return `No server answered at ${url}; a server started later renders the new data.`;
      }
    }),
  );
}
