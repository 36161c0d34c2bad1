-- CreateIndex
CREATE INDEX "Observation_companyId_periodEnd_idx" ON "Observation"("companyId", "periodEnd");

-- CreateIndex
CREATE INDEX "Revision_observationId_idx" ON "Revision"("observationId");

