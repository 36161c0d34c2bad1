-- A new event's title on its Change row (lib/ingest/changes.ts).
-- AlterTable
ALTER TABLE "Change" ADD COLUMN "title" TEXT;

