/**
 * Streaming UTF-8 decoding that reports where the input stops being UTF-8. TextDecoder with
 * `fatal: true` detects invalid input but does not say where, so on failure we re-scan the chunk with a
 * validator (WHATWG Encoding §4.1 well-formedness table) to find the byte offset, record it, and
 * continue with a replacing decoder so one bad byte does not lose the rest of the filing.
 */

/** Offset of the first byte that starts an ill-formed sequence, or -1; a sequence cut off by the end is not ill-formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // > U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1;
      const c = bytes[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Number of bytes at the end of `bytes` that begin a multi-byte sequence not yet complete. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return back < size ? back : 0;
    }
  }
  return 0;
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

export interface Utf8Failure {
  /** Byte offset (from the start of the stream) of the first ill-formed sequence. */
  byteOffset: number;
  /** Decoded text of the failing chunk before the bad byte, to place it on a line. */
  textBefore: string;
}

export class Utf8StreamDecoder {
  private readonly strict = new TextDecoder("utf-8", { fatal: true });
  private lenient: TextDecoder | null = null;
  private consumed = 0;
  private tail: Uint8Array = new Uint8Array(0);
  /** Set on the first invalid sequence; later ones are replaced silently. */
  failure: Utf8Failure | null = null;

  decode(chunk: Uint8Array): string {
    const start = this.consumed;
    this.consumed += chunk.length;
    if (this.lenient) return this.lenient.decode(chunk, { stream: true });
    const pending = this.tail;
    try {
      const text = this.strict.decode(chunk, { stream: true });
      // A sequence is at most 4 bytes, so a chunk of 4+ bytes alone tells what the decoder still holds.
      const recent = chunk.length >= 4 ? chunk : concat(pending, chunk);
      this.tail = recent.slice(recent.length - incompleteTail(recent));
      return text;
    } catch {
      const joined = concat(pending, chunk);
      const bad = Math.max(0, firstInvalidUtf8(joined));
      const textBefore = new TextDecoder("utf-8").decode(joined.subarray(0, bad));
      this.failure = { byteOffset: start - pending.length + bad, textBefore };
      this.lenient = new TextDecoder("utf-8");
      return this.lenient.decode(joined, { stream: true });
    }
  }

  /** Flushes the decoder; a stream ending inside a multi-byte sequence is a failure at that sequence. */
  end(): string {
    if (this.lenient) return this.lenient.decode();
    try {
      return this.strict.decode();
    } catch {
      this.failure = { byteOffset: this.consumed - this.tail.length, textBefore: "" };
      return "\uFFFD";
    }
  }
}
