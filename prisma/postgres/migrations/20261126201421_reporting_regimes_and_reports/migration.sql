-- CreateEnum
CREATE TYPE "PeriodType" AS ENUM ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'SIX_MONTH', 'NINE_MONTH', 'ANNUAL');

-- CreateEnum
CREATE TYPE "WindowRule" AS ENUM ('CALENDAR', 'STATE_15_14');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('SITUATION', 'BLOC_WORK');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('RETURN', 'ACCEPT', 'UNLOCK');

-- CreateTable
CREATE TABLE "ReportingRegime" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "periodType" "PeriodType" NOT NULL,
    "windowRule" "WindowRule" NOT NULL,
    "reporterLevel" "UnitLevel" NOT NULL,
    "deadlineRuleCode" TEXT NOT NULL,
    "onTimeRule" TEXT NOT NULL DEFAULT 'Gửi lần đầu không muộn hơn ngày hết hạn',
    "legalBasis" TEXT NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingRegime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "regimeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "windowFrom" TIMESTAMP(3) NOT NULL,
    "windowTo" TIMESTAMP(3) NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "deadlineRuleId" TEXT NOT NULL,
    "dueToVerify" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "firstSubmittedOn" TIMESTAMP(3),
    "submittedOn" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "generalMood" TEXT NOT NULL DEFAULT '',
    "forecast" TEXT NOT NULL DEFAULT '',
    "blocWork" TEXT NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportIssue" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "scale" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL DEFAULT '',
    "hotSpot" BOOLEAN NOT NULL DEFAULT false,
    "handling" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ReportIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRecommendation" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ReportRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReview" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "section" TEXT,
    "reason" TEXT,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportingRegime_code_key" ON "ReportingRegime"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_code_key" ON "Topic"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Report_submissionId_key" ON "Report"("submissionId");

-- CreateIndex
CREATE INDEX "Report_recipientId_status_idx" ON "Report"("recipientId", "status");

-- CreateIndex
CREATE INDEX "Report_unitId_periodEnd_idx" ON "Report"("unitId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Report_regimeId_unitId_periodKey_key" ON "Report"("regimeId", "unitId", "periodKey");

-- CreateIndex
CREATE INDEX "ReportIssue_reportId_idx" ON "ReportIssue"("reportId");

-- CreateIndex
CREATE INDEX "ReportIssue_topicId_idx" ON "ReportIssue"("topicId");

-- CreateIndex
CREATE INDEX "ReportRecommendation_reportId_idx" ON "ReportRecommendation"("reportId");

-- CreateIndex
CREATE INDEX "ReportReview_reportId_idx" ON "ReportReview"("reportId");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_regimeId_fkey" FOREIGN KEY ("regimeId") REFERENCES "ReportingRegime"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportIssue" ADD CONSTRAINT "ReportIssue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportIssue" ADD CONSTRAINT "ReportIssue_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRecommendation" ADD CONSTRAINT "ReportRecommendation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
