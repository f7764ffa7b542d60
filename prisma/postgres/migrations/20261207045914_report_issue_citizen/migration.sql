-- AlterTable
ALTER TABLE "ReportIssue" ADD COLUMN     "citizenAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "citizenIdNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "citizenName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "citizenPhone" TEXT NOT NULL DEFAULT '';
