import fs from "node:fs";
import { databaseFilePath } from "../db/database-url";

/**
 * Rendered HTML of pages, kept until the data changes. Data changes only when an import writes the database (from
 * another process), so the version is read from the database files themselves: any committed write moves the
 * modification time or size of the database or its write-ahead log.
 */
export interface CachedPage {
  version: string;
  body: string;
  status: number;
  headers: [string, string][];
  /** The script nonce the page was rendered with; each hit swaps in a fresh one. */
  nonce: string;
}

const MAX_PAGES = 300;
const pages = new Map<string, CachedPage>();

export function dataFilesVersion(file = databaseFilePath()): string {
  const stamp = (f: string) => {
    try {
      const s = fs.statSync(f);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return "-";
    }
  };
  return `${stamp(file)}|${stamp(`${file}-wal`)}`;
}

export function getCachedPage(key: string, version: string): CachedPage | null {
  const hit = pages.get(key);
  if (!hit || hit.version !== version) return null;
  // Refresh recency so the most used pages stay.
  pages.delete(key);
  pages.set(key, hit);
  return hit;
}

export function putCachedPage(key: string, page: CachedPage): void {
  pages.delete(key);
  pages.set(key, page);
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
}

/** Response headers worth replaying; security headers are rebuilt per response with the new nonce. */
const DROP = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "set-cookie",
  "x-frame-options",
]);

export function replayableHeaders(h: Headers): [string, string][] {
  return [...h.entries()].filter(([k]) => !DROP.has(k.toLowerCase()));
}
