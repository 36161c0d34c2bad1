import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import { databaseFilePath } from "../db/database-url";

/**
 * The shared secret that lets an import tell a running server its data changed (POST /api/revalidate), so that
 * no one else can make it re-render every page. MINERPIVOT_REVALIDATE_SECRET sets it for a deployment; on one
 * machine it is a random key kept next to the database file, created by whichever process needs it first.
 */
export function revalidateSecret(dbFile = databaseFilePath()): string {
  const fromEnv = process.env.MINERPIVOT_REVALIDATE_SECRET;
  if (fromEnv) return fromEnv;
  const file = `${dbFile}-revalidate-key`;
  try {
    fs.writeFileSync(file, randomBytes(24).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  return fs.readFileSync(file, "utf8").trim();
}

export function secretMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
