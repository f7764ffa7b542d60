-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "SupervisionActivity" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "CriticismCase" ADD COLUMN "anonymisedAt" DATETIME;

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "years" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);
