import fs from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseFilePath, databaseUrl } from "./database-url";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const file = databaseFilePath();
    // better-sqlite3 would silently create an empty file; say what is wrong instead.
    if (!fs.existsSync(file)) {
      throw new Error(
        `MinerPivot database not found at ${file}. Run "npm run db:ensure" (migrates and seeds) or set DATABASE_URL.`,
      );
    }
    globalForPrisma.prisma = createPrismaClient();
  }
  return globalForPrisma.prisma;
}
