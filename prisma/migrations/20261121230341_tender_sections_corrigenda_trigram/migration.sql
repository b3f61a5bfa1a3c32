-- Trigram indexes for the tender list's substring search (trusted extension since PostgreSQL 13).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "award" JSONB,
ADD COLUMN     "innovationPhases" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "lots" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reasonsForNotDividing" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "requirements" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "sovereignty" JSONB;

-- CreateTable
CREATE TABLE "TenderCorrigendum" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenderCorrigendum_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TenderCorrigendum_tenderId_number_key" ON "TenderCorrigendum"("tenderId", "number");

-- CreateIndex
CREATE INDEX "Tender_search_trgm_idx" ON "Tender" USING GIN ("title" gin_trgm_ops, "reference" gin_trgm_ops, "mainCpv" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "TenderCorrigendum" ADD CONSTRAINT "TenderCorrigendum_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
