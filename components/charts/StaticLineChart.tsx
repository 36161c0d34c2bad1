import type { Unit } from "@/lib/domain/metrics";
import { formatAxisNumber, formatDate, formatTimeTick, formatValue } from "@/lib/format";
import { calendarTicks } from "./time-axis";

export interface StaticSeries {
  /** The line's name ("RIOT", "RIOT (as reported)"). */
  ticker: string;
  color: string;
  dash?: string;
  /** A null value breaks the line: it never bridges a gap. */
  points: readonly { t: number; date?: string; value: number | null }[];
}

const W = 1000;
const DAY = 86_400_000;

/** Round axis ticks from 0 to at least `max`: 1, 2 or 5 times a power of ten, about five of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * A multi-line time chart drawn entirely on the server as SVG, for figures that need no interaction beyond a
 * hover title: it costs no JavaScript, so the overview's headline figure no longer blocks the page while
 * Recharts draws it. The plot stretches to its box (lines keep their width: non-scaling strokes); axis labels are
 * HTML placed by percentage, so text stays readable at any width. Each reported point is a dot whose title names
 * the company, the date and the value. Gaps stay gaps.
 */
export function StaticLineChart({
  title,
  series,
  unit,
  domain,
  step,
  height,
}: {
  title: string;
  series: readonly StaticSeries[];
  unit: Unit;
  domain: [number, number];
  step?: boolean;
  height: number;
}) {
  const pad = Math.max((domain[1] - domain[0]) * 0.02, DAY * 10);
  const [t0, t1] = [domain[0] - pad, domain[1] + pad];
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value ?? 0)));
  const yTicks = niceTicks(max);
  const yMax = yTicks.at(-1)!;
  const H = height;
  const x = (t: number) => ((t - t0) / (t1 - t0)) * W;
  const y = (v: number) => H - (v / yMax) * H;
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`;
  const r = (v: number) => Math.round(v);
  const paths = series.map((s) => {
    let d = "";
    let prev: { t: number; value: number } | null = null;
    for (const p of s.points) {
      if (p.value === null) {
        prev = null;
        continue;
      }
      // Whole units of a 1000-wide box: finer than a pixel at any width, and short.
      if (!prev) d += `M${r(x(p.t))} ${r(y(p.value))}`;
      else if (step) d += `H${r(x(p.t))}V${r(y(p.value))}`;
      else d += `L${r(x(p.t))} ${r(y(p.value))}`;
      prev = { t: p.t, value: p.value };
    }
    return d;
  });
  return (
    <div className="static-chart" style={{ height: height + 28 }}>
      <div className="static-chart-y" aria-hidden="true">
        {yTicks.map((v) => (
          <span key={v} style={{ top: pct(H - (v / yMax) * H, H) }}>
            {formatAxisNumber(v, unit)}
          </span>
        ))}
      </div>
      <div className="static-chart-plot" style={{ height }}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`${title}: ${series.length} lines; the data table below lists every point.`}
        >
          {yTicks.map((v) => (
            <line
              key={v}
              x1={0}
              x2={W}
              y1={y(v)}
              y2={y(v)}
              className="static-chart-grid"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {series.map((s, i) => (
            <g key={s.ticker} stroke={s.color}>
              <path d={paths[i]} className="static-chart-line" strokeDasharray={s.dash} />
              {s.points.map((p) =>
                p.value === null ? null : (
                  // A zero-length segment with round caps (CSS): a dot that stays round however the plot stretches.
                  <path key={p.t} d={`M${r(x(p.t))} ${r(y(p.value))}h0`} className="static-chart-dot">
                    <title>{`${s.ticker}, ${formatDate(p.date ?? new Date(p.t).toISOString().slice(0, 10))}: ${formatValue(p.value, unit)}`}</title>
                  </path>
                ),
              )}
            </g>
          ))}
        </svg>
        <div className="static-chart-x" aria-hidden="true">
          {calendarTicks([t0, t1]).map((t) => (
            <span key={t} style={{ left: pct(x(t), W) }}>
              {formatTimeTick(t)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
