"use client";

import { buildExportFilename } from "@/lib/export/filename";
import { EXPORT_PRESETS, type ExportPresetId, type ExportTheme } from "@/lib/export/presets";
import type { ExportSpec } from "./export-spec";

export interface ExportChoice {
  preset: ExportPresetId;
  scale: number;
  theme: ExportTheme;
}

/** Pixel size of a preset; "screen" is the figure as it is laid out on this page right now. */
export function presetSize(spec: ExportSpec, preset: ExportPresetId): { width: number; height: number } {
  if (preset !== "screen") return EXPORT_PRESETS[preset];
  const r = document.getElementById(spec.id)?.getBoundingClientRect();
  return { width: Math.max(480, Math.round(r?.width ?? 1200)), height: Math.max(360, Math.round(r?.height ?? 675)) };
}

export function exportFilename(spec: ExportSpec, c: ExportChoice, ext: "png" | "svg"): string {
  const size = c.preset === "screen" ? "screen" : c.preset;
  const suffix = [size, c.theme === "dark" ? "dark" : null, ext === "png" && c.scale !== 1 ? `${c.scale}x` : null]
    .filter(Boolean)
    .join(" ");
  return buildExportFilename({ ...spec.filename, ext, suffix });
}

export async function buildSvg(spec: ExportSpec, c: ExportChoice): Promise<string> {
  const { renderFigureSvg } = await import("./render-figure");
  return renderFigureSvg(spec, { ...presetSize(spec, c.preset), theme: c.theme });
}

export async function buildPng(spec: ExportSpec, c: ExportChoice): Promise<Blob> {
  const { renderFigureSvg, svgToPng } = await import("./render-figure");
  const size = presetSize(spec, c.preset);
  const svg = await renderFigureSvg(spec, { ...size, theme: c.theme });
  return svgToPng(svg, { ...size, theme: c.theme, scale: c.scale });
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

declare global {
  interface Window {
    /** Hook for `npm run export` (headless batch export): renders a chart of this page to PNG or SVG. */
    __minerpivot?: {
      charts: string[];
      export: (
        id: string,
        c: ExportChoice & { format: "png" | "svg" },
      ) => Promise<{ filename: string; base64: string; ms: number }>;
    };
  }
}

const registry = new Map<string, ExportSpec>();

/** Registers a chart for batch export; returns the unregister function. */
export function registerForBatch(spec: ExportSpec): () => void {
  registry.set(spec.id, spec);
  window.__minerpivot = {
    charts: [...registry.keys()],
    export: async (id, c) => {
      const s = registry.get(id);
      if (!s) throw new Error(`No exportable chart "${id}" on this page (have: ${[...registry.keys()].join(", ")})`);
      const t0 = performance.now();
      const blob =
        c.format === "svg" ? new Blob([await buildSvg(s, c)], { type: "image/svg+xml" }) : await buildPng(s, c);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let bin = "";
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { filename: exportFilename(s, c, c.format), base64: btoa(bin), ms: performance.now() - t0 };
    },
  };
  return () => {
    registry.delete(spec.id);
    if (window.__minerpivot) window.__minerpivot.charts = [...registry.keys()];
  };
}
