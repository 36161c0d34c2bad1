import "server-only";
import type { ChartEvent } from "../domain/types";
import { getPrisma } from "./client";
import { toChartEvent, toSourceRef } from "./row-mapping";

/** Events of one company plus market-wide ones (halvings), or all events. */
export async function getEvents(ticker?: string): Promise<ChartEvent[]> {
  const include = { source: true, company: { select: { ticker: true } } } as const;
  const orderBy = [{ date: "asc" as const }, { id: "asc" as const }];
  const prisma = getPrisma();
  // Two indexed lookups instead of one OR, which made SQLite read the whole events index.
  const rows = ticker
    ? (
        await Promise.all([
          prisma.event.findMany({ where: { company: { ticker } }, include, orderBy }),
          prisma.event.findMany({ where: { companyId: null }, include, orderBy }),
        ])
      )
        .flat()
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    : await prisma.event.findMany({ include, orderBy });
  return rows.map((e) => toChartEvent({ ...e, ticker: e.company?.ticker ?? null }, toSourceRef(e.source)));
}
