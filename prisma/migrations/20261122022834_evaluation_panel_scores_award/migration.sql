-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TenderStatus" ADD VALUE 'EVALUATION';
ALTER TYPE "TenderStatus" ADD VALUE 'AWARDED';

-- CreateTable
CREATE TABLE "EvaluationPanel" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "pricesHiddenUntilSubmitted" BOOLEAN NOT NULL DEFAULT true,
    "blindMode" BOOLEAN NOT NULL DEFAULT false,
    "disagreementThresholdPercent" INTEGER NOT NULL DEFAULT 30,
    "scoringDeadline" DATE,
    "consensusCompletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationPanel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelMember" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "panelRole" TEXT NOT NULL,
    "declarationSignedAt" TIMESTAMP(3),
    "declarationConfirmedWithNamesAt" TIMESTAMP(3),
    "conflicts" JSONB NOT NULL DEFAULT '[]',
    "excludedLotKeys" TEXT[],
    "removedAt" TIMESTAMP(3),
    "removedReason" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluatorScore" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluatorScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsensusScore" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsensusScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDecision" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "lotKey" TEXT NOT NULL DEFAULT '',
    "winnerBidId" TEXT,
    "decidedOn" DATE NOT NULL,
    "standstillEndsOn" DATE NOT NULL,
    "evaluation" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationPanel_tenderId_key" ON "EvaluationPanel"("tenderId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_panelId_userId_key" ON "PanelMember"("panelId", "userId");

-- CreateIndex
CREATE INDEX "EvaluatorScore_bidId_idx" ON "EvaluatorScore"("bidId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluatorScore_memberId_bidId_criterionKey_key" ON "EvaluatorScore"("memberId", "bidId", "criterionKey");

-- CreateIndex
CREATE UNIQUE INDEX "ConsensusScore_tenderId_bidId_criterionKey_key" ON "ConsensusScore"("tenderId", "bidId", "criterionKey");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecision_tenderId_lotKey_key" ON "AwardDecision"("tenderId", "lotKey");

-- AddForeignKey
ALTER TABLE "EvaluationPanel" ADD CONSTRAINT "EvaluationPanel_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "EvaluationPanel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsensusScore" ADD CONSTRAINT "ConsensusScore_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsensusScore" ADD CONSTRAINT "ConsensusScore_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
