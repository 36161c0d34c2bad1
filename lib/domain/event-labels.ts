import type { ChartEvent } from "./types";

/** "$3.0B", "$311M", "$90M": short enough to label a mark inside a figure. */
export function shortMoney(v: number): string {
  if (v >= 1e9) return `$${(v / 1e9).toFixed(v >= 1e10 ? 0 : 1)}B`;
  if (v >= 1e6) return `$${Math.round(v / 1e6)}M`;
  return `$${Math.round(v / 1e3)}K`;
}

/**
 * The label an event's marker carries inside every figure, so a chart never needs a key outside it:
 * "AMD · $311M · 25 MW", "Sold 1,080 BTC", "Halving".
 */
export function eventShortLabel(e: Pick<ChartEvent, "kind" | "counterparty" | "valueUsd" | "mw" | "btc">): string {
  if (e.kind === "btc_sale") return `Sold ${(e.btc ?? 0).toLocaleString("en-US")} BTC`;
  if (e.kind === "halving") return "Halving";
  return [
    e.counterparty ?? "Undisclosed tenant",
    e.valueUsd !== null ? shortMoney(e.valueUsd) : null,
    e.mw !== null ? `${e.mw} MW` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
