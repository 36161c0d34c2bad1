import fs from "node:fs";

/** Reads a file as UTF-8, refusing invalid bytes instead of silently replacing them. */
export function readUtf8(file: string): { text: string } | { error: string; line: number } {
  const bytes = fs.readFileSync(file);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return {
      error: `not valid UTF-8 (first bad byte 0x${bytes[offset]?.toString(16).padStart(2, "0")} at byte ${offset}); save the file as UTF-8`,
      line,
    };
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix; decoding a prefix may also fail on a cut sequence, so step back.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
