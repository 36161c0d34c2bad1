import type { SeriesPoint } from "@/lib/domain/series";

/** A tiny server-rendered BTC-held line; breaks at gaps like the full charts. Decorative: the row states the figures. */
export function Sparkline({
  points,
  color,
  width = 110,
  height = 28,
}: {
  points: SeriesPoint[];
  color: string;
  width?: number;
  height?: number;
}) {
  const real = points.filter((p) => p.value !== null);
  if (real.length < 2) return <span className="gap small">no series</span>;
  const t0 = real[0].t;
  const t1 = real.at(-1)!.t;
  const max = Math.max(...real.map((p) => p.value!));
  const x = (t: number) => ((t - t0) / (t1 - t0 || 1)) * (width - 4) + 2;
  const y = (v: number) => height - 2 - (v / (max || 1)) * (height - 4);
  const paths: string[] = [];
  let d = "";
  for (const p of points) {
    if (p.value === null) {
      if (d) paths.push(d);
      d = "";
      continue;
    }
    d += `${d ? "L" : "M"}${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`;
  }
  if (d) paths.push(d);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {paths.map((p) => (
        <path key={p} d={p} fill="none" stroke={color} strokeWidth={1.6} strokeLinejoin="round" />
      ))}
    </svg>
  );
}
