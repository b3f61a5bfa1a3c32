-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "internalCosts" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Bid" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "receiptNumber" INTEGER NOT NULL,
    "lotKey" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "internalCosts" JSONB,
    "sovereigntyReviews" JSONB NOT NULL DEFAULT '{}',
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidAttachment" (
    "id" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "objective" TEXT,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidOpening" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" TEXT,
    "openedAt" TIMESTAMP(3),

    CONSTRAINT "BidOpening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Bid_tenderId_lotKey_idx" ON "Bid"("tenderId", "lotKey");

-- CreateIndex
CREATE UNIQUE INDEX "Bid_tenderId_receiptNumber_key" ON "Bid"("tenderId", "receiptNumber");

-- CreateIndex
CREATE INDEX "BidAttachment_bidId_idx" ON "BidAttachment"("bidId");

-- CreateIndex
CREATE UNIQUE INDEX "BidOpening_tenderId_key" ON "BidOpening"("tenderId");

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAttachment" ADD CONSTRAINT "BidAttachment_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidOpening" ADD CONSTRAINT "BidOpening_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
