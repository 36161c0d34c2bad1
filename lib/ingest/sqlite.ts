import Database from "better-sqlite3";
import { databaseFilePath } from "../db/database-url";

/**
 * Writers use better-sqlite3 directly: one synchronous transaction per input is atomic, and prepared
 * statements are an order of magnitude faster than per-row ORM calls. Readers use Prisma.
 */
export function openWriteDatabase(file = databaseFilePath()): Database.Database {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}
