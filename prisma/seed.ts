import path from "node:path";
import { revalidateServerPages } from "../lib/ingest/revalidate-pages";
import { seedDatabase } from "../lib/ingest/seed";

// Loads the curated dataset in prisma/data into the database (DATABASE_URL or prisma/data/minerpivot.db).
const dir = process.argv[2] ?? path.join(import.meta.dirname, "data");
const result = seedDatabase(dir);
if (!result.ok) {
  console.error(`Seed rejected: ${result.errors.length} error(s); nothing was written.`);
  for (const e of result.errors) console.error(`  ${e}`);
  process.exit(1);
}
for (const f of result.filings) {
  console.log(
    `  ${path.basename(f.file)}: ${f.factsRead} facts read, ${f.mapped} mapped, ${f.unmapped} relevant-looking unmapped`,
  );
  for (const w of f.warnings) console.log(`    warning: ${w}`);
}
const { inserted, unchanged, revised } = result.counts;
console.log(
  inserted + revised === 0
    ? `Seed: nothing to change (${unchanged} rows already up to date).`
    : `Seed: ${inserted} inserted, ${revised} updated, ${unchanged} unchanged.`,
);
if (inserted + revised > 0) for (const line of await revalidateServerPages()) console.log(line);
