-- AlterTable
ALTER TABLE "Report" ADD COLUMN "preparedAt" DATETIME;
ALTER TABLE "Report" ADD COLUMN "preparedById" TEXT;
ALTER TABLE "Report" ADD COLUMN "signedAt" DATETIME;
ALTER TABLE "Report" ADD COLUMN "signedById" TEXT;

-- AlterTable
ALTER TABLE "CriticismCase" ADD COLUMN "opinionPreparedAt" DATETIME;
ALTER TABLE "CriticismCase" ADD COLUMN "opinionPreparedById" TEXT;
ALTER TABLE "CriticismCase" ADD COLUMN "opinionSignedAt" DATETIME;
ALTER TABLE "CriticismCase" ADD COLUMN "opinionSignedById" TEXT;
