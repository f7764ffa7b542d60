-- CreateEnum
CREATE TYPE "SupervisionForm" AS ENUM ('DOCUMENTS', 'DELEGATION', 'COMMUNITY_BOARD', 'JOINT');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'ANSWERED', 'ESCALATED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ResponseOutcome" AS ENUM ('ACCEPTED', 'PARTLY', 'NOT_ACCEPTED');

-- CreateEnum
CREATE TYPE "CriticismForm" AS ENUM ('CONFERENCE', 'WRITTEN', 'DIALOGUE');

-- CreateEnum
CREATE TYPE "CriticismStatus" AS ENUM ('RECEIVED', 'OPINION_SENT', 'EXPLAINED', 'CLOSED');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "recommendationId" TEXT;

-- CreateTable
CREATE TABLE "SupervisionPlan" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "approvalNumber" TEXT,
    "approvalDate" TIMESTAMP(3),
    "approvalBody" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionPlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'SUPERVISION',
    "form" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "intendedTime" TEXT NOT NULL,
    "leadOrganisationId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "SupervisionPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionActivity" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planItemId" TEXT,
    "outsidePlanReason" TEXT,
    "form" "SupervisionForm" NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "decisionNumber" TEXT,
    "decisionDate" TIMESTAMP(3),
    "startOn" TIMESTAMP(3) NOT NULL,
    "endOn" TIMESTAMP(3) NOT NULL,
    "noticeDueOn" TIMESTAMP(3),
    "resultDueOn" TIMESTAMP(3),
    "dueToVerify" BOOLEAN NOT NULL DEFAULT false,
    "subjectReport" TEXT NOT NULL DEFAULT '',
    "findings" TEXT NOT NULL DEFAULT '',
    "resultReport" TEXT NOT NULL DEFAULT '',
    "resultReportOn" TIMESTAMP(3),
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionMember" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "SupervisionMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "activityId" TEXT,
    "criticismCaseId" TEXT,
    "content" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "sentOn" TIMESTAMP(3) NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "deadlineRuleId" TEXT NOT NULL,
    "dueToVerify" BOOLEAN NOT NULL DEFAULT false,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "respondedOn" TIMESTAMP(3),
    "responseContent" TEXT,
    "responseOutcome" "ResponseOutcome",
    "responseFileId" TEXT,
    "escalatedTo" TEXT,
    "escalatedOn" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "closedOn" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationNote" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "notedOn" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriticismCase" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planItemId" TEXT,
    "outsidePlanReason" TEXT,
    "title" TEXT NOT NULL,
    "draftingBody" TEXT NOT NULL,
    "receivedOn" TIMESTAMP(3) NOT NULL,
    "plannedSubmissionOn" TIMESTAMP(3) NOT NULL,
    "leadDueOn" TIMESTAMP(3) NOT NULL,
    "leadTooShort" BOOLEAN NOT NULL DEFAULT false,
    "form" "CriticismForm" NOT NULL,
    "participants" TEXT NOT NULL DEFAULT '',
    "opinionSentOn" TIMESTAMP(3),
    "opinionContent" TEXT NOT NULL DEFAULT '',
    "explanationDueOn" TIMESTAMP(3),
    "explanationRuleId" TEXT,
    "explanationOn" TIMESTAMP(3),
    "explanationContent" TEXT,
    "status" "CriticismStatus" NOT NULL DEFAULT 'RECEIVED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriticismCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationDueRollup" (
    "unitId" TEXT NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "open" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RecommendationDueRollup_pkey" PRIMARY KEY ("unitId","dueOn")
);

-- CreateTable
CREATE TABLE "SupervisionMonthRollup" (
    "unitId" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "documents" INTEGER NOT NULL DEFAULT 0,
    "delegation" INTEGER NOT NULL DEFAULT 0,
    "communityBoard" INTEGER NOT NULL DEFAULT 0,
    "joint" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "answeredOnTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SupervisionMonthRollup_pkey" PRIMARY KEY ("unitId","month")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionPlan_unitId_year_key" ON "SupervisionPlan"("unitId", "year");

-- CreateIndex
CREATE INDEX "SupervisionPlanItem_planId_idx" ON "SupervisionPlanItem"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionActivity_submissionId_key" ON "SupervisionActivity"("submissionId");

-- CreateIndex
CREATE INDEX "SupervisionActivity_unitId_startOn_idx" ON "SupervisionActivity"("unitId", "startOn");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionMember_activityId_personId_key" ON "SupervisionMember"("activityId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_submissionId_key" ON "Recommendation"("submissionId");

-- CreateIndex
CREATE INDEX "Recommendation_unitId_status_idx" ON "Recommendation"("unitId", "status");

-- CreateIndex
CREATE INDEX "Recommendation_activityId_idx" ON "Recommendation"("activityId");

-- CreateIndex
CREATE INDEX "RecommendationNote_recommendationId_idx" ON "RecommendationNote"("recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "CriticismCase_submissionId_key" ON "CriticismCase"("submissionId");

-- CreateIndex
CREATE INDEX "CriticismCase_unitId_receivedOn_idx" ON "CriticismCase"("unitId", "receivedOn");

-- CreateIndex
CREATE INDEX "SupervisionMonthRollup_month_idx" ON "SupervisionMonthRollup"("month");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPlan" ADD CONSTRAINT "SupervisionPlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SupervisionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "SupervisionPlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionMember" ADD CONSTRAINT "SupervisionMember_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionMember" ADD CONSTRAINT "SupervisionMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_criticismCaseId_fkey" FOREIGN KEY ("criticismCaseId") REFERENCES "CriticismCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_responseFileId_fkey" FOREIGN KEY ("responseFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationNote" ADD CONSTRAINT "RecommendationNote_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriticismCase" ADD CONSTRAINT "CriticismCase_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriticismCase" ADD CONSTRAINT "CriticismCase_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "SupervisionPlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationDueRollup" ADD CONSTRAINT "RecommendationDueRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionMonthRollup" ADD CONSTRAINT "SupervisionMonthRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
