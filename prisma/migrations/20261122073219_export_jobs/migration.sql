-- CreateEnum
CREATE TYPE "ExportJobKind" AS ENUM ('TENDER_DOCUMENTS', 'EVALUATION_FILE', 'ORGANISATION_TEMPLATES');

-- CreateEnum
CREATE TYPE "ExportJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ExportJob" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ExportJobKind" NOT NULL,
    "tenderId" TEXT,
    "params" JSONB NOT NULL DEFAULT '{}',
    "status" "ExportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "mediaType" TEXT,
    "bytes" BYTEA,
    "sizeBytes" INTEGER,
    "error" TEXT,
    "errorReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExportJob_userId_tenderId_createdAt_idx" ON "ExportJob"("userId", "tenderId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ExportJob_expiresAt_idx" ON "ExportJob"("expiresAt");
