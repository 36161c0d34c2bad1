/**
 * One colour per company everywhere (charts, legends, table swatches). Mid-lightness hues that keep at least
 * 3:1 contrast on both the light and the dark background; unknown tickers get a stable hashed fallback.
 */
const FIXED: Record<string, string> = {
  RIOT: "#1f77d0",
  MARA: "#e8590c",
  CLSK: "#2b9a3e",
  CIFR: "#c2255c",
  HUT: "#5f3dc4",
  CORZ: "#0c8599",
  IREN: "#b08900",
  WULF: "#8f6a4f",
  BITF: "#be4bdb",
};

const FALLBACK = ["#1971c2", "#e67700", "#2f9e44", "#c92a2a", "#6741d9", "#0b7285", "#a61e4d", "#5c940d"];

export function companyColor(ticker: string): string {
  const fixed = FIXED[ticker];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of ticker) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK[h % FALLBACK.length];
}
