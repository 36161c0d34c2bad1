import "server-only";
import type { SourceRef } from "../domain/types";
import { getPrisma } from "./client";
import { toSourceRef } from "./row-mapping";

export interface BtcPriceView {
  date: string;
  closeUsd: number;
  quote: string;
  source: SourceRef;
}

export async function getBtcPrices(): Promise<BtcPriceView[]> {
  const rows = await getPrisma().btcPrice.findMany({ include: { source: true }, orderBy: { date: "asc" } });
  return rows.map((p) => ({ date: p.date, closeUsd: p.closeUsd, quote: p.quote, source: toSourceRef(p.source) }));
}
