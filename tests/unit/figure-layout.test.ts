import { describe, expect, test } from "vitest";
import { composeFigureSvg } from "@/lib/export/compose-svg";
import { type FigureSpec, layoutFigure } from "@/lib/export/figure-layout";
import { buildExportFilename } from "@/lib/export/filename";
import { EXPORT_PRESETS } from "@/lib/export/presets";
import { estimateTextWidth, wrapText } from "@/lib/export/text-wrap";

const spec: FigureSpec = {
  title: "Riot Platforms Inc.: BTC held vs AI/HPC commitments",
  subtitle: "BTC held (left axis) · Announced AI/HPC contract value, running total (right axis) · all reported dates",
  legend: [
    { label: "BTC held", color: "#1f77d0" },
    { label: "Announced AI/HPC contract value (running total)", color: "#16181d", dashed: true },
  ],
  sourceLine:
    "Sources: 40 cited points (production-update, news, 10-Q, 10-K, 8-K); latest source dated Jan 16, 2026. Holdings as reported by the company, including restricted bitcoin from April 2025.",
  permalink: "https://minerpivot.example/companies/RIOT?cadence=quarterly&commitment=hpc_contract_value_usd",
};

describe("figure layout", () => {
  test.each(Object.entries(EXPORT_PRESETS))(
    "%s: every block fits inside the figure, in order, without overlap",
    (_id, p) => {
      const l = layoutFigure(spec, p.width, p.height);
      const bottom = (b: { y: number; lines: string[]; lineHeight: number }) => b.y + b.lines.length * b.lineHeight;
      expect(l.title.y).toBeGreaterThan(0);
      expect(l.subtitle.y).toBeGreaterThanOrEqual(bottom(l.title));
      expect(l.chart.y).toBeGreaterThanOrEqual(bottom(l.subtitle));
      expect(l.chart.y + l.chart.height).toBeLessThanOrEqual(l.footer.y);
      expect(bottom(l.footer)).toBeLessThanOrEqual(l.brand.y);
      expect(bottom(l.brand)).toBeLessThanOrEqual(p.height);
      expect(l.chart.x + l.chart.width).toBeLessThanOrEqual(p.width);
      expect(l.chart.height).toBeGreaterThan(p.height * 0.35);
      for (const b of [l.title, l.subtitle, l.footer, l.brand]) {
        for (const line of b.lines) expect(estimateTextWidth(line, b.size)).toBeLessThanOrEqual(p.width - 2 * b.x + 1);
      }
      for (const it of l.legend.items) expect(it.x).toBeLessThan(p.width);
    },
  );

  test("the legend moves: a column at the right on wide figures, rows on top otherwise", () => {
    const wide = layoutFigure(
      {
        ...spec,
        legend: [
          { label: "RIOT", color: "#1" },
          { label: "MARA", color: "#2" },
        ],
      },
      1600,
      900,
    );
    expect(wide.legend.placement).toBe("right");
    expect(wide.legend.items[0].x).toBeGreaterThan(wide.chart.x + wide.chart.width);
    const square = layoutFigure(spec, 1080, 1080);
    expect(square.legend.placement).toBe("top");
    expect(square.legend.items[0].y).toBeLessThan(square.chart.y);
  });

  test("long source lines wrap on narrow figures and stay on fewer lines on wide ones", () => {
    const portrait = layoutFigure(spec, 1080, 1350);
    const wide = layoutFigure(spec, 1600, 900);
    expect(portrait.footer.lines.length).toBeGreaterThan(1);
    expect(wide.footer.lines.length).toBeLessThanOrEqual(portrait.footer.lines.length);
    expect(portrait.footer.lines.join(" ")).toBe(spec.sourceLine);
  });

  test("a very long title is cut to three lines with an ellipsis, never overflowing", () => {
    const l = layoutFigure({ ...spec, title: "word ".repeat(120) }, 1200, 675);
    expect(l.title.lines).toHaveLength(3);
    expect(l.title.lines[2].endsWith("…")).toBe(true);
  });

  test("wrapping breaks a token longer than the line", () => {
    const lines = wrapText(
      "see https://minerpivot.example/compare?companies=RIOT~MARA~CLSK~HUT~CIFR&lens=index&index=2024-01-31",
      14,
      200,
    );
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(200);
    expect(lines.join("").replace("see", "see ")).toContain("companies=RIOT~MARA");
  });
});

describe("composed SVG", () => {
  test("keeps text as text, escapes it, declares the font and resolves theme colours", () => {
    const l = layoutFigure({ ...spec, title: "BTC <held> & AI" }, 1200, 675);
    const svg = composeFigureSvg(
      l,
      '<svg width="10" height="10" style="x"><rect width="5" height="4"/><path stroke="var(--grid)" d="M0 0"/></svg>',
      "dark",
      "@font-face{}",
      { title: "t" },
    );
    expect(svg).toContain('<rect width="5" height="4"/>');
    expect(svg).toContain("BTC &lt;held&gt; &amp; AI");
    expect(svg).toContain('font-family="Inter');
    expect(svg).toContain("@font-face{}");
    expect(svg).not.toContain("var(--");
    expect(svg).toContain('stroke="#2a2f3a"');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#111318"/>');
    expect(svg).toContain(`<svg width="${l.chart.width}" height="${l.chart.height}" x="${l.chart.x}" y="${l.chart.y}"`);
  });
});

describe("file names", () => {
  test.each([
    [
      { subject: "RIOT", what: "BTC held vs AI/HPC", from: "2023-01-31", to: "2025-11-30", ext: "png" },
      "minerpivot-riot-btc-held-vs-ai-hpc-2023-01-2025-11.png",
    ],
    [{ subject: "compare", what: "BTC held", from: null, to: null, ext: ".csv" }, "minerpivot-compare-btc-held.csv"],
    [
      { subject: "MARA~RIOT", what: "% of peak", from: "2024-01-01", to: null, ext: "svg", suffix: "dark 2x" },
      "minerpivot-mara-riot-of-peak-2024-01-dark-2x.svg",
    ],
    [
      { subject: "Überminer & Co", what: "hashrate", from: null, to: null, ext: "json" },
      "minerpivot-uberminer-and-co-hashrate.json",
    ],
  ])("%j → %s", (parts, expected) => {
    expect(buildExportFilename(parts)).toBe(expected);
  });
});
