-- Refresh state per company and the record of what each refresh changed (lib/ingest/changes.ts).
-- AlterTable
ALTER TABLE "Company" ADD COLUMN "refreshedAt" TEXT;

-- CreateTable
CREATE TABLE "Change" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importRunId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "metric" TEXT,
    "periodEnd" TEXT,
    "periodType" TEXT,
    "unit" TEXT,
    "oldValue" REAL,
    "newValue" REAL,
    "sourceUrl" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceDate" TEXT,
    "oldSourceUrl" TEXT,
    "oldSourceKind" TEXT,
    "oldSourceDate" TEXT,
    CONSTRAINT "Change_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Change_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Change_at_idx" ON "Change"("at");

-- CreateIndex
CREATE INDEX "Change_companyId_at_idx" ON "Change"("companyId", "at");

