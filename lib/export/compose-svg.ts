import type { FigureLayout, TextBlock } from "./figure-layout";
import { EXPORT_PALETTES, type ExportTheme, resolveCssVariables } from "./presets";

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function text(b: TextBlock, fill: string, cls: string): string {
  return b.lines
    .map(
      (line, i) =>
        `<text class="${cls}" x="${b.x}" y="${b.y + i * b.lineHeight + b.size}" font-size="${b.size}" font-weight="${b.weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join("");
}

/**
 * The exported figure as one standalone SVG: text stays text (editable in design tools), the font is declared
 * and embedded, colours are concrete, and the chart (rendered at exactly the chart box size) is nested in place.
 */
export function composeFigureSvg(
  layout: FigureLayout,
  chartSvg: string,
  theme: ExportTheme,
  fontCss: string,
  meta: { title: string },
): string {
  const c = EXPORT_PALETTES[theme];
  const { chart } = layout;
  const resolved = resolveCssVariables(chartSvg, theme);
  const rootEnd = resolved.indexOf(">");
  // Only the chart's root tag is re-sized and placed; inner elements keep their own width/height.
  const root = resolved
    .slice(0, rootEnd)
    .replace(/\s(width|height|x|y|style)="[^"]*"/g, "")
    .replace(/^<svg\b/, `<svg width="${chart.width}" height="${chart.height}" x="${chart.x}" y="${chart.y}"`);
  const nested = root + resolved.slice(rootEnd);
  const legend = layout.legend.items
    .map((it) => {
      const size = Math.round(layout.subtitle.size * 0.9);
      const mid = it.y + size * 0.6;
      const color = escapeXml(it.color);
      const swatch =
        it.shape === "bar"
          ? `<rect x="${it.x + 4}" y="${mid - 7}" width="14" height="14" rx="2" fill="${color}"/>`
          : it.shape === "dot"
            ? `<circle cx="${it.x + 11}" cy="${mid}" r="5.5" fill="none" stroke="${color}" stroke-width="2.5"/>`
            : it.shape === "marker"
              ? `<line x1="${it.x + 11}" y1="${mid - 8}" x2="${it.x + 11}" y2="${mid + 8}" stroke="${color}" stroke-width="2" stroke-dasharray="2 3"/>`
              : `<line x1="${it.x}" y1="${mid}" x2="${it.x + 22}" y2="${mid}" stroke="${color}" stroke-width="3"${it.shape === "dashed" ? ' stroke-dasharray="6 4"' : ""}/>`;
      return `${swatch}<text x="${it.x + 30}" y="${it.y + size}" font-size="${size}" fill="${c.fg}">${escapeXml(it.label)}</text>`;
    })
    .join("");
  const figure = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="Inter, 'DejaVu Sans', sans-serif">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<style>${fontCss} text { font-family: Inter, 'DejaVu Sans', sans-serif; }</style>`,
    `<rect width="100%" height="100%" fill="${c.bg}"/>`,
    text(layout.title, c.fg, "title"),
    text(layout.subtitle, c["fg-muted"], "subtitle"),
    `<g class="legend">${legend}</g>`,
    `<g class="chart">${nested}</g>`,
    text(layout.footer, c["fg-muted"], "source"),
    text(layout.brand, c.fg, "brand"),
    "</svg>",
  ].join("");
  // Legend colours may name theme variables too (a neutral series drawn in the text colour).
  return resolveCssVariables(figure, theme);
}

/** @font-face rules with the woff2 files inlined, so the SVG renders with Inter anywhere, offline. */
export function buildFontCss(fonts: { weight: number; base64: string }[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face{font-family:"Inter";font-weight:${f.weight};font-style:normal;src:url(data:font/woff2;base64,${f.base64}) format("woff2");}`,
    )
    .join("");
}
