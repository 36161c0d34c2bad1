import { formatTimeTick } from "@/lib/format";

const DAY = 86_400_000;

/**
 * Regular calendar ticks for a time domain: every January for long spans, every January and July for a few
 * years, quarter starts for shorter ones. Fixed ticks (not Recharts' own choice, which depends on the plot's
 * width) mean stacked panels of one figure share exactly the same ticks.
 */
export function calendarTicks(domain: [number, number]): number[] {
  const years = (domain[1] - domain[0]) / (365.25 * DAY);
  const step = years > 4 ? 12 : years > 1.5 ? 6 : 3;
  const start = new Date(domain[0]);
  let y = start.getUTCFullYear();
  let m = Math.ceil(start.getUTCMonth() / step) * step;
  const ticks: number[] = [];
  for (;;) {
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    const t = Date.UTC(y, m, 1);
    if (t > domain[1]) break;
    if (t >= domain[0]) ticks.push(t);
    m += step;
  }
  return ticks;
}

/** Props of the shared time axis: numeric timestamps, regular month labels, a little air on both ends. */
export function timeAxisProps(domain: [number, number], minPadDays = 10) {
  const pad = Math.max((domain[1] - domain[0]) * 0.02, DAY * minPadDays);
  const padded: [number, number] = [domain[0] - pad, domain[1] + pad];
  return {
    dataKey: "t",
    type: "number" as const,
    scale: "time" as const,
    domain: padded,
    ticks: calendarTicks(padded),
    tickFormatter: formatTimeTick,
    stroke: "var(--fg-muted)",
    tick: { fill: "var(--fg-muted)", fontSize: 12 },
    minTickGap: 28,
  };
}
