import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { IxbrlStreamParser } from "./parse-ixbrl";
import type { IxbrlExtraction } from "./types";

export { formatFactLine } from "./format-fact";
export { IxbrlStreamParser } from "./parse-ixbrl";
export type {
  IxbrlDei,
  IxbrlError,
  IxbrlErrorFact,
  IxbrlErrorKind,
  IxbrlExtraction,
  IxbrlFact,
  IxbrlWarning,
} from "./types";

export interface ExtractFileOptions {
  /** Read-stream chunk size in bytes (default 64 KiB); small values exercise chunk boundaries in tests. */
  highWaterMark?: number;
}

/**
 * Streams an .htm filing from disk through the parser without holding the whole file in memory; a
 * `.gz` file (the filings shipped in prisma/data) is decompressed on the way.
 */
export async function extractFactsFromFile(path: string, options: ExtractFileOptions = {}): Promise<IxbrlExtraction> {
  const parser = new IxbrlStreamParser();
  const raw = createReadStream(path, { highWaterMark: options.highWaterMark ?? 64 * 1024 });
  const stream = path.toLowerCase().endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError("expected a byte stream");
    parser.writeBytes(chunk);
  }
  return parser.end();
}

/** Parses an already-decoded document. */
export function extractFactsFromString(html: string): IxbrlExtraction {
  const parser = new IxbrlStreamParser();
  parser.writeText(html);
  return parser.end();
}

/** Parses raw bytes, decoding them as UTF-8 (invalid bytes are reported as an "encoding" error). */
export function extractFactsFromBytes(bytes: Uint8Array): IxbrlExtraction {
  const parser = new IxbrlStreamParser();
  parser.writeBytes(bytes);
  return parser.end();
}
