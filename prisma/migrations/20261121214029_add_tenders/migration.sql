-- CreateEnum
CREATE TYPE "TenderStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ContractNature" AS ENUM ('SERVICES', 'SUPPLIES', 'WORKS');

-- CreateEnum
CREATE TYPE "ProcedureType" AS ENUM ('OPEN', 'RESTRICTED', 'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_DIALOGUE', 'INNOVATION_PARTNERSHIP', 'NEGOTIATED_WITHOUT_PUBLICATION', 'BELOW_THRESHOLD_NATIONAL');

-- CreateTable
CREATE TABLE "Tender" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "TenderStatus" NOT NULL DEFAULT 'DRAFT',
    "contractNature" "ContractNature",
    "procedureType" "ProcedureType",
    "procedureGround" TEXT,
    "mainCpv" TEXT,
    "additionalCpvs" TEXT[],
    "estimatedValueCents" BIGINT,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "durationMonths" INTEGER,
    "renewalOptions" TEXT NOT NULL DEFAULT '',
    "documentsLanguage" TEXT NOT NULL DEFAULT 'en',
    "completedSections" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderReferenceCounter" (
    "organisationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSequence" INTEGER NOT NULL,

    CONSTRAINT "TenderReferenceCounter_pkey" PRIMARY KEY ("organisationId","year")
);

-- CreateTable
CREATE TABLE "TenderRevision" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenderRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tender_organisationId_status_updatedAt_idx" ON "Tender"("organisationId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Tender_organisationId_procedureType_idx" ON "Tender"("organisationId", "procedureType");

-- CreateIndex
CREATE INDEX "Tender_organisationId_mainCpv_idx" ON "Tender"("organisationId", "mainCpv");

-- CreateIndex
CREATE UNIQUE INDEX "Tender_organisationId_reference_key" ON "Tender"("organisationId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "TenderRevision_tenderId_version_key" ON "TenderRevision"("tenderId", "version");

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderRevision" ADD CONSTRAINT "TenderRevision_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
