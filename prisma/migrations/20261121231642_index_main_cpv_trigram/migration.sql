-- CreateIndex
CREATE INDEX "Tender_mainCpv_trgm_idx" ON "Tender" USING GIN ("mainCpv" gin_trgm_ops);
