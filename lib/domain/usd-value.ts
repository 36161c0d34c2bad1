import type { SeriesPoint } from "./series";

export interface PriceRef {
  date: string;
  closeUsd: number;
  /** Index into the caller's price list, so the UI can cite the price's source. */
  ref: number;
}

export interface UsdPoint extends SeriesPoint {
  btc: number | null;
  price: PriceRef | null;
}

/**
 * BTC held × the BTC price of the same date. Prices exist only at some month ends; a date without a cited
 * price is a gap — never a price from a nearby date, never an interpolated one.
 */
export function valueHoldingsInUsd(
  points: readonly SeriesPoint[],
  prices: readonly { date: string; closeUsd: number }[],
): UsdPoint[] {
  const byDate = new Map(prices.map((p, i) => [p.date, { date: p.date, closeUsd: p.closeUsd, ref: i }]));
  return points.map((p) => {
    const price = byDate.get(p.date) ?? null;
    return { ...p, btc: p.value, price, value: p.value !== null && price ? p.value * price.closeUsd : null };
  });
}
