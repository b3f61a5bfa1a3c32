-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "invitationDate" DATE,
ADD COLUMN     "requestsDeadline" DATE;
