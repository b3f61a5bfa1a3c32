-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "clauseRemovals" JSONB NOT NULL DEFAULT '[]';
