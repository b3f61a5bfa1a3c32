-- CreateIndex
CREATE INDEX "Tender_organisationId_updatedAt_id_idx" ON "Tender"("organisationId", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Tender_additionalCpvs_idx" ON "Tender" USING GIN ("additionalCpvs");
