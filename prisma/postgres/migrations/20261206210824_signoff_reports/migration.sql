-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "preparedAt" TIMESTAMP(3),
ADD COLUMN     "preparedById" TEXT,
ADD COLUMN     "signedAt" TIMESTAMP(3),
ADD COLUMN     "signedById" TEXT;

-- AlterTable
ALTER TABLE "CriticismCase" ADD COLUMN     "opinionPreparedAt" TIMESTAMP(3),
ADD COLUMN     "opinionPreparedById" TEXT,
ADD COLUMN     "opinionSignedAt" TIMESTAMP(3),
ADD COLUMN     "opinionSignedById" TEXT;
