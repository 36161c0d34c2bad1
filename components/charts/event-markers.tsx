"use client";

import { ReferenceLine } from "recharts";

export interface EventMarker {
  t: number;
  kind: "contract" | "btc_sale" | "halving";
  /** Short label drawn inside the figure (lib/domain/event-labels.ts). */
  label: string;
}

/** Each kind keeps its colour, also when several events share a date. */
export const EVENT_COLORS = {
  contract: "var(--mark-contract)",
  btc_sale: "var(--mark-sale)",
  halving: "var(--fg-muted)",
} as const;

const LINE_H = 13;
const MAX_LINES = 4;

interface Group {
  t: number;
  markers: EventMarker[];
  row: number;
  lines: number;
}

/**
 * Places every marker's label above the plot of a time-axis chart without overlaps: markers on one date share
 * a line and stack their labels (each in its kind's colour); dates close together stack on top of each other.
 * Returns the groups and the top margin the chart must leave for them.
 */
export function layoutEventMarkers(markers: readonly EventMarker[], domain: [number, number]) {
  const byT = new Map<number, EventMarker[]>();
  for (const m of markers) byT.set(m.t, [...(byT.get(m.t) ?? []), m]);
  const groups: Group[] = [...byT.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, ms]) => ({ t, markers: ms, row: 0, lines: Math.min(MAX_LINES, ms.length) }));
  // A label runs about a fifth of a typical chart's width: closer dates than that would collide.
  const reach = (domain[1] - domain[0]) / 5;
  for (const [i, g] of groups.entries()) {
    const near = groups.slice(0, i).filter((p) => g.t - p.t < reach);
    g.row = near.length ? Math.max(...near.map((p) => p.row + p.lines)) : 0;
  }
  const rows = groups.length ? Math.max(...groups.map((g) => g.row + g.lines)) : 0;
  return { groups, marginTop: 12 + rows * LINE_H, domain };
}

/** The dashed lines and their labels; labels in the right part of the axis run leftwards so none clips. */
export function eventMarkerLines(layout: ReturnType<typeof layoutEventMarkers>, yAxisId: string) {
  const [from, to] = layout.domain;
  return layout.groups.map((g) => {
    const leftward = (g.t - from) / Math.max(1, to - from) > 0.55;
    const shown = g.markers.length > MAX_LINES ? g.markers.slice(0, MAX_LINES - 1) : g.markers;
    const more = g.markers.length - shown.length;
    return (
      <ReferenceLine
        key={`ev-${g.t}`}
        x={g.t}
        yAxisId={yAxisId}
        stroke={EVENT_COLORS[g.markers[0].kind]}
        strokeDasharray="3 3"
        label={(props: { viewBox?: { x?: number; y?: number } }) =>
          labelStack({
            x: Number(props.viewBox?.x ?? 0),
            y: Number(props.viewBox?.y ?? 0),
            row: g.row,
            leftward,
            labels: shown.map((m) => ({ text: m.label, color: EVENT_COLORS[m.kind] })),
            more: more ? `+${more} more on this date` : null,
          })
        }
      />
    );
  });
}

/**
 * The labels of one marker line, stacked upwards from the top of the plot starting `row` lines up, each in
 * its own colour; leftward labels end at the line so none leaves the figure on the right.
 */
export function labelStack(o: {
  x: number;
  y: number;
  row: number;
  leftward: boolean;
  labels: { text: string; color: string }[];
  more: string | null;
}) {
  const anchor = o.leftward ? "end" : "start";
  const dx = o.leftward ? -3 : 3;
  const n = o.labels.length + (o.more ? 1 : 0);
  const lineY = (line: number) => o.y - 4 - (o.row + line) * LINE_H;
  return (
    <g>
      {o.labels.map((l, i) => (
        <text
          key={`${l.color}-${l.text}`}
          x={o.x + dx}
          y={lineY(n - 1 - i)}
          textAnchor={anchor}
          fill={l.color}
          fontSize={11}
          fontWeight={700}
        >
          {l.text}
        </text>
      ))}
      {o.more ? (
        <text x={o.x + dx} y={lineY(0)} textAnchor={anchor} fill="var(--fg-muted)" fontSize={11}>
          {o.more}
        </text>
      ) : null}
    </g>
  );
}
