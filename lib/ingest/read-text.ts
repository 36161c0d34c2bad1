import fs from "node:fs";
import { firstInvalidUtf8 } from "./ixbrl/utf8-decoder";

/** Reads a file as UTF-8, refusing invalid bytes instead of silently replacing them. */
export function readUtf8(file: string): { text: string } | { error: string; line: number } {
  const bytes = fs.readFileSync(file);
  const offset = firstInvalidUtf8(bytes);
  // A sequence cut off by the end of the file is invalid too, but the validator leaves it to streaming callers.
  const bad = offset >= 0 ? offset : truncatedTail(bytes);
  if (bad < 0) return { text: new TextDecoder("utf-8").decode(bytes) };
  const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
  return {
    error: `not valid UTF-8 (first bad byte 0x${bytes[bad].toString(16).padStart(2, "0")} at byte ${bad}); save the file as UTF-8`,
    line,
  };
}

function truncatedTail(bytes: Uint8Array): number {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return -1;
  } catch {
    let i = bytes.length - 1;
    while (i > 0 && (bytes[i] & 0xc0) === 0x80) i--;
    return i;
  }
}
