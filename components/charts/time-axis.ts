import { formatTimeTick } from "@/lib/format";

/** Props of the shared time axis: numeric timestamps, month labels, a little air on both ends. */
export function timeAxisProps(domain: [number, number], minPadDays = 10) {
  const pad = Math.max((domain[1] - domain[0]) * 0.02, 86_400_000 * minPadDays);
  return {
    dataKey: "t",
    type: "number" as const,
    scale: "time" as const,
    domain: [domain[0] - pad, domain[1] + pad] as [number, number],
    tickFormatter: formatTimeTick,
    stroke: "var(--fg-muted)",
    tick: { fill: "var(--fg-muted)", fontSize: 12 },
    minTickGap: 28,
  };
}
