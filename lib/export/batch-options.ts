import { z } from "zod";
import { EXPORT_PRESET_IDS } from "./presets";

/** Options of `npm run export`, validated before a browser is started. */
export const batchOptionsSchema = z
  .object({
    url: z.string().startsWith("/", "use a path such as /companies/RIOT?cadence=quarterly").optional(),
    "all-companies": z.boolean().default(false),
    chart: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    preset: z.enum(EXPORT_PRESET_IDS).default("social"),
    scale: z.coerce
      .number()
      .refine((n) => [1, 2, 3].includes(n), "use 1, 2 or 3")
      .default(2),
    theme: z.enum(["light", "dark"]).default("light"),
    format: z.enum(["png", "svg"]).optional(),
    out: z.string().min(1, "--out is required"),
    "base-url": z.url().default(process.env.MINERPIVOT_URL ?? "http://localhost:3000"),
    chromium: z.string().default(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"),
  })
  .refine((o) => o.url || o["all-companies"], { message: "give --url or --all-companies", path: ["url"] })
  .refine((o) => !(o.url && o["all-companies"]), { message: "give --url or --all-companies, not both", path: ["url"] });

export type BatchOptions = z.infer<typeof batchOptionsSchema>;

/** Output format: explicit, or from the --out file's extension, or PNG. */
export function resolveFormat(o: BatchOptions): "png" | "svg" {
  return o.format ?? (o.out.toLowerCase().endsWith(".svg") ? "svg" : "png");
}

/** A one-line progress bar for a terminal: [#####.....] 5/10 label. */
export function formatProgress(done: number, total: number, label: string, width = 24): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label}`;
}
