import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseFilePath } from "../lib/db/database-url";
import { seedDatabase } from "../lib/ingest/seed";

/**
 * Run before `dev` / `start`: applies pending migrations, and seeds the curated dataset when the database
 * has no companies yet. Safe to run every time; an existing database keeps its imported data.
 */
const file = databaseFilePath();
fs.mkdirSync(path.dirname(file), { recursive: true });
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
  stdio: ["ignore", "ignore", "inherit"],
});

const { default: Database } = await import("better-sqlite3");
const db = new Database(file, { readonly: true });
const { n } = db.prepare("SELECT COUNT(*) AS n FROM Company").get() as { n: number };
db.close();
if (n === 0) {
  const result = seedDatabase(path.join("prisma", "data"), file);
  if (!result.ok) {
    console.error(`Seeding ${file} failed:\n  ${result.errors.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`Seeded ${file}: ${result.counts.inserted} rows.`);
} else {
  console.log(`Database ready: ${file} (${n} companies).`);
}
