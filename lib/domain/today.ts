/**
 * Today's date, the reference for "latest", "last 12 months", range presets and staleness. Read once per
 * render from the clock; MINERPIVOT_TODAY (YYYY-MM-DD) pins it for tests and for reproducible exports.
 */
export function today(): string {
  const pinned = process.env.MINERPIVOT_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
