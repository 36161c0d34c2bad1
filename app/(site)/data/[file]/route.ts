import fs from "node:fs";
import path from "node:path";
import { etagMatches } from "@/lib/api/respond";
import { downloadsDir } from "@/lib/downloads/dataset-files";
import { readDownloadManifest } from "@/lib/downloads/read-manifest";

export const dynamic = "force-dynamic";

const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", db: "application/vnd.sqlite3" };

/** GET /data/{file} — one file of the current downloads, with its SHA-256 as ETag (304 when unchanged). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file;
  const entry = readDownloadManifest()?.files.find((f) => f.name === name);
  if (!entry) return new Response("No such download: see /data for the current files.", { status: 404 });
  const etag = `"${entry.sha256.slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=300, s-maxage=3600",
    "Content-Type": TYPES[name.split(".").pop() ?? ""] ?? "application/octet-stream",
    "Content-Disposition": `attachment; filename="${entry.name}"`,
  };
  if (etagMatches(request, etag)) return new Response(null, { status: 304, headers });
  const body = fs.readFileSync(path.join(downloadsDir(), entry.name));
  return new Response(request.method === "HEAD" ? null : body, {
    headers: { ...headers, "Content-Length": String(body.length) },
  });
}

export const HEAD = GET;
