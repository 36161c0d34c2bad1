/** Markers on the same date share one line and one label ("2,3") so their numbers do not print over each other. */
export function groupMarkersByDate<M extends { t: number; number: number }>(
  markers: readonly M[],
): (M & { label: string })[] {
  const byT = new Map<number, M[]>();
  for (const m of markers) byT.set(m.t, [...(byT.get(m.t) ?? []), m]);
  return [...byT.values()].map((group) => ({ ...group[0], label: group.map((m) => m.number).join(",") }));
}
