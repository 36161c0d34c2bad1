import { estimateTextWidth, wrapText } from "./text-wrap";

export interface FigureSpec {
  title: string;
  subtitle: string;
  legend: { label: string; color: string; dashed?: boolean; shape?: LegendShape }[];
  sourceLine: string;
  permalink: string;
}

/** How a legend entry's swatch is drawn, matching its mark: a line, bar, dashed line, hollow dot or event line. */
export type LegendShape = "line" | "bar" | "dashed" | "dot" | "marker";
const shapeOf = (l: { dashed?: boolean; shape?: LegendShape }): LegendShape =>
  l.shape ?? (l.dashed ? "dashed" : "line");

export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  weight: 400 | 600 | 700;
}

export interface FigureLayout {
  width: number;
  height: number;
  title: TextBlock;
  subtitle: TextBlock;
  legend: {
    placement: "top" | "right";
    items: { label: string; color: string; dashed: boolean; shape: LegendShape; x: number; y: number }[];
  };
  chart: { x: number; y: number; width: number; height: number };
  footer: TextBlock;
  brand: TextBlock;
}

const LEGEND_SIZE = 15;
const LEGEND_SWATCH = 22;

/**
 * Places title, subtitle, legend, chart and footer for one output size. Wide figures put the legend in a column
 * to the right of the chart; other shapes wrap it in rows above. Text scales with the figure's width, long
 * lines wrap, and the chart gets whatever height is left, so nothing is clipped at any preset.
 */
export function layoutFigure(spec: FigureSpec, width: number, height: number): FigureLayout {
  const k = Math.max(0.75, Math.min(1.4, width / 1200));
  const pad = Math.round(36 * k);
  const inner = width - 2 * pad;
  const block = (text: string, size: number, weight: TextBlock["weight"], y: number, maxLines?: number): TextBlock => {
    const s = Math.round(size * k);
    return { lines: wrapText(text, s, inner, maxLines), x: pad, y, size: s, lineHeight: Math.round(s * 1.28), weight };
  };
  const height_ = (b: TextBlock) => b.lines.length * b.lineHeight;

  const title = block(spec.title, 30, 700, pad, 3);
  const subtitle = block(spec.subtitle, 17, 400, title.y + height_(title) + Math.round(6 * k), 3);
  const brand = block(`MinerPivot · ${spec.permalink}`, 13, 600, 0, 2);
  // Room for a caption in words as well as the sources: a figure that travels alone must carry both.
  const footer = block(spec.sourceLine, 13, 400, 0, 7);
  brand.y = height - pad - height_(brand);
  footer.y = brand.y - height_(footer) - Math.round(2 * k);

  const legendSize = Math.round(LEGEND_SIZE * k);
  const itemWidth = (l: string) => LEGEND_SWATCH * k + 8 * k + estimateTextWidth(l, legendSize) + 22 * k;
  const widest = Math.max(0, ...spec.legend.map((l) => itemWidth(l.label)));
  const placement: "top" | "right" =
    width / height >= 1.7 && spec.legend.length > 0 && widest < inner * 0.26 ? "right" : "top";
  let top = subtitle.y + height_(subtitle) + Math.round(14 * k);
  const items: FigureLayout["legend"]["items"] = [];
  const row = Math.round(legendSize * 1.6);
  if (placement === "top") {
    let x = pad;
    let y = top;
    for (const l of spec.legend) {
      const w = itemWidth(l.label);
      if (x > pad && x + w > pad + inner) {
        x = pad;
        y += row;
      }
      items.push({ label: l.label, color: l.color, dashed: !!l.dashed, shape: shapeOf(l), x, y });
      x += w;
    }
    if (spec.legend.length) top = y + row + Math.round(6 * k);
  }
  const chartBottom = footer.y - Math.round(14 * k);
  const chartWidth = placement === "right" ? inner - widest - Math.round(16 * k) : inner;
  if (placement === "right") {
    spec.legend.forEach((l, i) => {
      items.push({
        label: l.label,
        color: l.color,
        dashed: !!l.dashed,
        shape: shapeOf(l),
        x: pad + chartWidth + Math.round(16 * k),
        y: top + i * row,
      });
    });
  }
  return {
    width,
    height,
    title,
    subtitle,
    legend: { placement, items },
    chart: { x: pad, y: top, width: Math.max(200, chartWidth), height: Math.max(120, chartBottom - top) },
    footer,
    brand,
  };
}
