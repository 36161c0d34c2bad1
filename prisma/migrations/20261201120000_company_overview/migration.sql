-- Per-company overview entries computed at import (lib/ingest/save-overview.ts).
-- CreateTable
CREATE TABLE "CompanyOverview" (
    "companyId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "asOf" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    CONSTRAINT "CompanyOverview_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

