/** Export sizes journalists ask for, in CSS pixels before the pixel-density multiplier. */
export const EXPORT_PRESETS = {
  social: { width: 1200, height: 675, label: "Social 1200×675" },
  wide: { width: 1600, height: 900, label: "Wide 1600×900" },
  square: { width: 1080, height: 1080, label: "Square 1080×1080" },
  portrait: { width: 1080, height: 1350, label: "Portrait 1080×1350" },
} as const;

export type ExportPresetId = keyof typeof EXPORT_PRESETS | "screen";
export const EXPORT_PRESET_IDS = [
  "social",
  "wide",
  "square",
  "portrait",
  "screen",
] as const satisfies readonly ExportPresetId[];
export const EXPORT_SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];
export type ExportTheme = "light" | "dark";

/** Concrete colours for exported figures: CSS variables do not exist outside the page. */
export const EXPORT_PALETTES: Record<ExportTheme, Record<string, string>> = {
  light: {
    bg: "#ffffff",
    "bg-soft": "#f4f5f7",
    fg: "#16181d",
    "fg-muted": "#555b66",
    border: "#d5d9e0",
    grid: "#e3e6eb",
    accent: "#1c5fc4",
    "tooltip-bg": "#ffffff",
    "mark-sale": "#c92a2a",
    "mark-contract": "#237032",
    "mark-commit": "#495057",
    "mark-mined": "#868e96",
    "mark-proceeds": "#e8590c",
    "mark-spend": "#0b7285",
    "mark-revenue": "#ae3ec9",
  },
  dark: {
    bg: "#111318",
    "bg-soft": "#1b1e25",
    fg: "#e8eaee",
    "fg-muted": "#a3aab6",
    border: "#343946",
    grid: "#2a2f3a",
    accent: "#7db0ff",
    "tooltip-bg": "#1f232b",
    "mark-sale": "#ff8787",
    "mark-contract": "#69db7c",
    "mark-commit": "#ced4da",
    "mark-mined": "#adb5bd",
    "mark-proceeds": "#ff922b",
    "mark-spend": "#3bc9db",
    "mark-revenue": "#e599f7",
  },
};

/** Replaces var(--name) references in serialized chart markup with the palette's colours. */
export function resolveCssVariables(markup: string, theme: ExportTheme): string {
  const palette = EXPORT_PALETTES[theme];
  return markup.replace(/var\(--([a-z-]+)(?:,[^)]*)?\)/g, (m, name: string) => palette[name] ?? m);
}
