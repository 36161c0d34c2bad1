/**
 * Greedy word wrap with a width estimate for Inter (average advance ≈ 0.55 em, wider for capitals and digits).
 * Deterministic, so layout is unit-testable and identical in the browser, in tests and in batch exports.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text)
    em += /[A-Z0-9$%]/.test(ch) ? 0.66 : /[ il.,:;'|!]/.test(ch) ? 0.3 : /[mwMW—]/.test(ch) ? 0.85 : 0.55;
  return em * fontSize;
}

export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const lines: string[] = [];
  let line = "";
  const push = (l: string) => lines.push(l);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push(line);
    // A token wider than the line (a long URL) is broken wherever it must be.
    let rest = word;
    while (estimateTextWidth(rest, fontSize) > maxWidth) {
      let cut = rest.length;
      while (cut > 1 && estimateTextWidth(rest.slice(0, cut), fontSize) > maxWidth) cut--;
      push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/\s*\S{0,3}$/, "")}…`;
  return kept;
}
