-- CreateTable
CREATE TABLE "SupervisionPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "approvalNumber" TEXT,
    "approvalDate" DATETIME,
    "approvalBody" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SupervisionPlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisionPlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'SUPERVISION',
    "form" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "intendedTime" TEXT NOT NULL,
    "leadOrganisationId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "SupervisionPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SupervisionPlan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SupervisionPlanItem_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisionActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planItemId" TEXT,
    "outsidePlanReason" TEXT,
    "form" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "decisionNumber" TEXT,
    "decisionDate" DATETIME,
    "startOn" DATETIME NOT NULL,
    "endOn" DATETIME NOT NULL,
    "noticeDueOn" DATETIME,
    "resultDueOn" DATETIME,
    "dueToVerify" BOOLEAN NOT NULL DEFAULT false,
    "subjectReport" TEXT NOT NULL DEFAULT '',
    "findings" TEXT NOT NULL DEFAULT '',
    "resultReport" TEXT NOT NULL DEFAULT '',
    "resultReportOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SupervisionActivity_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SupervisionActivity_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "SupervisionPlanItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisionMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "activityId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "SupervisionMember_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SupervisionMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "activityId" TEXT,
    "criticismCaseId" TEXT,
    "content" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "sentOn" DATETIME NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "deadlineRuleId" TEXT NOT NULL,
    "dueToVerify" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "respondedOn" DATETIME,
    "responseContent" TEXT,
    "responseOutcome" TEXT,
    "responseFileId" TEXT,
    "escalatedTo" TEXT,
    "escalatedOn" DATETIME,
    "withdrawnReason" TEXT,
    "closedOn" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Recommendation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_criticismCaseId_fkey" FOREIGN KEY ("criticismCaseId") REFERENCES "CriticismCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_responseFileId_fkey" FOREIGN KEY ("responseFileId") REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recommendationId" TEXT NOT NULL,
    "notedOn" DATETIME NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecommendationNote_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CriticismCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planItemId" TEXT,
    "outsidePlanReason" TEXT,
    "title" TEXT NOT NULL,
    "draftingBody" TEXT NOT NULL,
    "receivedOn" DATETIME NOT NULL,
    "plannedSubmissionOn" DATETIME NOT NULL,
    "leadDueOn" DATETIME NOT NULL,
    "leadTooShort" BOOLEAN NOT NULL DEFAULT false,
    "form" TEXT NOT NULL,
    "participants" TEXT NOT NULL DEFAULT '',
    "opinionSentOn" DATETIME,
    "opinionContent" TEXT NOT NULL DEFAULT '',
    "explanationDueOn" DATETIME,
    "explanationRuleId" TEXT,
    "explanationOn" DATETIME,
    "explanationContent" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CriticismCase_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CriticismCase_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "SupervisionPlanItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationDueRollup" (
    "unitId" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "open" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "dueOn"),
    CONSTRAINT "RecommendationDueRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisionMonthRollup" (
    "unitId" TEXT NOT NULL,
    "month" DATETIME NOT NULL,
    "documents" INTEGER NOT NULL DEFAULT 0,
    "delegation" INTEGER NOT NULL DEFAULT 0,
    "communityBoard" INTEGER NOT NULL DEFAULT 0,
    "joint" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "answeredOnTime" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "month"),
    CONSTRAINT "SupervisionMonthRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "meetingId" TEXT,
    "recommendationId" TEXT,
    "workGroupId" TEXT,
    "title" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "assignedOn" DATETIME NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "originalDueOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "statusReason" TEXT,
    "progressNote" TEXT,
    "doneReportedOn" DATETIME,
    "closedOn" DATETIME,
    "carryCount" INTEGER NOT NULL DEFAULT 0,
    "transferredFromId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Task_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_workGroupId_fkey" FOREIGN KEY ("workGroupId") REFERENCES "WorkGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_transferredFromId_fkey" FOREIGN KEY ("transferredFromId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("assignedOn", "blocId", "carryCount", "closedOn", "createdAt", "createdById", "doneReportedOn", "dueOn", "id", "meetingId", "originalDueOn", "ownerId", "progressNote", "status", "statusReason", "submissionId", "title", "transferredFromId", "unitId", "updatedAt", "version", "workGroupId") SELECT "assignedOn", "blocId", "carryCount", "closedOn", "createdAt", "createdById", "doneReportedOn", "dueOn", "id", "meetingId", "originalDueOn", "ownerId", "progressNote", "status", "statusReason", "submissionId", "title", "transferredFromId", "unitId", "updatedAt", "version", "workGroupId" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_submissionId_key" ON "Task"("submissionId");
CREATE UNIQUE INDEX "Task_transferredFromId_key" ON "Task"("transferredFromId");
CREATE INDEX "Task_unitId_status_idx" ON "Task"("unitId", "status");
CREATE INDEX "Task_ownerId_status_idx" ON "Task"("ownerId", "status");
CREATE INDEX "Task_meetingId_idx" ON "Task"("meetingId");
CREATE INDEX "Task_blocId_status_idx" ON "Task"("blocId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
