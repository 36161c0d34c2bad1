import "server-only";
import { getPrisma } from "./client";

/**
 * A number that changes whenever an import changes data: the id of the latest successful import that wrote
 * something. Pages cache what they compute per version, so an import invalidates every cached view at once,
 * even though it runs in another process.
 */
export async function getDataVersion(): Promise<number> {
  const r = await getPrisma().importRun.aggregate({
    _max: { id: true },
    where: { status: "ok", OR: [{ inserted: { gt: 0 } }, { revised: { gt: 0 } }] },
  });
  return r._max.id ?? 0;
}
