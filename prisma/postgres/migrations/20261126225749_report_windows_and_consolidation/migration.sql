-- AlterEnum
ALTER TYPE "WindowRule" ADD VALUE 'CUSTOM';

-- AlterTable
ALTER TABLE "ReportingRegime" ADD COLUMN     "windowFromDay" INTEGER,
ADD COLUMN     "windowFromPrevMonth" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "windowToDay" INTEGER;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "consolidatedFrom" TEXT NOT NULL DEFAULT '[]';
