/**
 * Maps character offsets of a text fed in chunks to 1-based line numbers. htmlparser2 reports
 * `startIndex` as an offset into everything written so far, so we record where each "\n" falls as
 * chunks arrive and binary-search that list when a line is needed.
 */
export class LineIndex {
  private newlines: number[] = [];
  private length = 0;

  append(chunk: string): void {
    for (let i = chunk.indexOf("\n"); i >= 0; i = chunk.indexOf("\n", i + 1)) this.newlines.push(this.length + i);
    this.length += chunk.length;
  }

  /** Characters appended so far. */
  get size(): number {
    return this.length;
  }

  /** Line of the character at `offset` (a newline belongs to the line it ends). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** Line holding the last character appended so far. */
  get lastLine(): number {
    return this.lineAt(Math.max(0, this.length - 1));
  }
}
