import { z } from "zod";

const tickerSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9.]{0,9}$/);

/** A route segment as a ticker, or null when it cannot be one (the page then answers 404). */
export function parseTicker(raw: string): string | null {
  const parsed = tickerSchema.safeParse(decodeURIComponentSafe(raw));
  return parsed.success ? parsed.data : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}
