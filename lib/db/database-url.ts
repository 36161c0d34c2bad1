import path from "node:path";

/** The SQLite file used by the app, the seed and the CLI. DATABASE_URL overrides (file:... form). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(process.cwd(), "prisma", "data", "minerpivot.db")}`;
}

export function databaseFilePath(): string {
  return databaseUrl().replace(/^file:/, "");
}
