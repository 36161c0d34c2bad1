import "server-only";
import type { ChartEvent } from "../domain/types";
import { getPrisma } from "./client";
import { toSourceRef } from "./observations";

/** Events of one company plus market-wide ones (halvings), or all events. */
export async function getEvents(ticker?: string): Promise<ChartEvent[]> {
  const rows = await getPrisma().event.findMany({
    where: ticker ? { OR: [{ company: { ticker } }, { companyId: null }] } : undefined,
    include: { source: true, company: { select: { ticker: true } } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
  return rows.map((e) => ({
    id: e.id,
    ticker: e.company?.ticker ?? null,
    date: e.date,
    kind: e.kind as ChartEvent["kind"],
    title: e.title,
    counterparty: e.counterparty,
    mw: e.mw,
    valueUsd: e.valueUsd,
    termYears: e.termYears,
    btc: e.btc,
    quote: e.quote,
    source: toSourceRef(e.source),
  }));
}
