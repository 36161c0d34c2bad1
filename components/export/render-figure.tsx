"use client";

import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { buildFontCss, composeFigureSvg, escapeXml } from "@/lib/export/compose-svg";
import { layoutFigure } from "@/lib/export/figure-layout";
import { EXPORT_PALETTES, type ExportTheme } from "@/lib/export/presets";
import { ChartForExport } from "./ChartForExport";
import type { ExportSpec } from "./export-spec";

let fontCss: Promise<string> | null = null;

/** The bundled Inter files, inlined once per page so every exported SVG carries its own font. */
function loadFontCss(): Promise<string> {
  fontCss ??= Promise.all(
    [400, 600, 700].map(async (weight) => {
      const buf = await (await fetch(`/fonts/inter-latin-${weight}-normal.woff2`)).arrayBuffer();
      let bin = "";
      for (const b of new Uint8Array(buf)) bin += String.fromCharCode(b);
      return { weight, base64: btoa(bin) };
    }),
  ).then(buildFontCss);
  return fontCss;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

/** Renders the chart off screen at exactly `width`×`height` and returns its SVG markup (panels stacked). */
async function renderChartMarkup(spec: ExportSpec, width: number, height: number, theme: ExportTheme): Promise<string> {
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.dataset.theme = theme;
  Object.assign(host.style, {
    position: "fixed",
    left: "-20000px",
    top: "0",
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: "none",
  });
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<ChartForExport spec={spec.chart} size={{ width, height }} />));
    // Recharts lays out in effects; wait until its surfaces have drawn something (bounded).
    for (let i = 0; i < 30; i++) {
      await frame();
      const surfaces = host.querySelectorAll("svg.recharts-surface");
      if (surfaces.length && [...surfaces].every((s) => s.querySelector("path, circle, .recharts-symbols"))) break;
    }
    const origin = host.getBoundingClientRect();
    const parts: string[] = [];
    for (const el of host.querySelectorAll("[data-export-label], svg.recharts-surface")) {
      const r = el.getBoundingClientRect();
      const x = r.left - origin.left;
      const y = r.top - origin.top;
      if (el instanceof SVGSVGElement) {
        const clone = el.cloneNode(true) as SVGSVGElement;
        clone.setAttribute("x", String(x));
        clone.setAttribute("y", String(y));
        parts.push(new XMLSerializer().serializeToString(clone));
      } else {
        parts.push(
          `<text x="${x}" y="${y + 16}" font-size="14" font-weight="600" fill="var(--fg-muted)">${escapeXml(el.textContent ?? "")}</text>`,
        );
      }
    }
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
  } finally {
    root.unmount();
    host.remove();
  }
}

export interface FigureOptions {
  width: number;
  height: number;
  theme: ExportTheme;
}

/** The composed, standalone SVG figure for a spec at a size and theme. */
export async function renderFigureSvg(spec: ExportSpec, o: FigureOptions): Promise<string> {
  const layout = layoutFigure(
    { ...spec.figure, permalink: `${location.origin}${spec.permalinkPath}` },
    o.width,
    o.height,
  );
  const [chart, fonts] = await Promise.all([
    renderChartMarkup(spec, layout.chart.width, layout.chart.height, o.theme),
    loadFontCss(),
  ]);
  return composeFigureSvg(layout, chart, o.theme, fonts, { title: spec.figure.title });
}

/** Rasterizes an SVG figure at a pixel density; the background is painted so PNGs are never transparent. */
export async function svgToPng(svg: string, o: FigureOptions & { scale: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(o.width * o.scale);
    canvas.height = Math.round(o.height * o.scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("Canvas is not available in this browser.");
    ctx.fillStyle = EXPORT_PALETTES[o.theme].bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
