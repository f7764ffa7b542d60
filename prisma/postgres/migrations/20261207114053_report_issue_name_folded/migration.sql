-- AlterTable
ALTER TABLE "ReportIssue" ADD COLUMN     "citizenNameFolded" TEXT NOT NULL DEFAULT '';
