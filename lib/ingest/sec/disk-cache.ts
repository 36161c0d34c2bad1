import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const metaSchema = z.object({
  url: z.string(),
  fetchedAt: z.string(),
  status: z.number().int(),
  contentType: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
});

/** Sidecar stored next to each body as `<body>.meta.json`. */
export type CacheMeta = z.infer<typeof metaSchema>;

export interface CachePaths {
  bodyPath: string;
  metaPath: string;
}

export interface CacheHit extends CachePaths {
  body: Buffer;
  meta: CacheMeta;
}

export interface DiskCache {
  paths(url: string): CachePaths;
  /** The stored entry, or null when absent, unreadable or incomplete (treated as a miss, never an error). */
  read(url: string): Promise<CacheHit | null>;
  write(url: string, body: Uint8Array, meta: Omit<CacheMeta, "url" | "bytes">): Promise<CacheHit>;
}

/**
 * The hash makes any URL a safe, collision-free file name; the suffix (last two path segments)
 * lets a human find "companyfacts_CIK0000827876.json" in the folder and keeps the extension
 * the importer dispatches on.
 */
export function cacheFileName(url: string): string {
  const hash = createHash("sha256").update(url).digest("hex");
  const segments = new URL(url).pathname.split("/").filter(Boolean).slice(-2).map(safeDecode);
  const suffix = segments
    .join("_")
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .slice(-80);
  return suffix ? `${hash}_${suffix}` : hash;
}

/** "doc%204.xml" → "doc 4.xml" (then sanitised); malformed escapes are kept as-is. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function createDiskCache(dir: string): DiskCache {
  const root = path.resolve(dir);

  function paths(url: string): CachePaths {
    const bodyPath = path.join(root, cacheFileName(url));
    return { bodyPath, metaPath: `${bodyPath}.meta.json` };
  }

  async function read(url: string): Promise<CacheHit | null> {
    const p = paths(url);
    try {
      const meta = metaSchema.parse(JSON.parse(await readFile(p.metaPath, "utf8")));
      if (meta.url !== url) return null;
      const body = await readFile(p.bodyPath);
      // A size mismatch means the body was truncated or replaced behind our back.
      if (body.length !== meta.bytes) return null;
      return { ...p, body, meta };
    } catch {
      return null;
    }
  }

  async function write(url: string, body: Uint8Array, partial: Omit<CacheMeta, "url" | "bytes">): Promise<CacheHit> {
    const p = paths(url);
    const meta: CacheMeta = { url, ...partial, bytes: body.length };
    await mkdir(root, { recursive: true });
    // Body first, then meta: a reader that finds the sidecar can trust the body is complete.
    await writeAtomic(p.bodyPath, body);
    await writeAtomic(p.metaPath, `${JSON.stringify(meta, null, 2)}\n`);
    return { ...p, body: Buffer.from(body), meta };
  }

  return { paths, read, write };
}

/** Temp file in the same directory + rename, so readers never see a half-written file. */
async function writeAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${target}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
