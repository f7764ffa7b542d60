-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'REGULAR',
    "regularWeek" TEXT,
    "heldOn" DATETIME NOT NULL,
    "weekStart" DATETIME NOT NULL,
    "startTime" TEXT,
    "place" TEXT NOT NULL DEFAULT '',
    "chairId" TEXT,
    "secretaryId" TEXT,
    "discussion" TEXT NOT NULL DEFAULT '',
    "peopleSituation" TEXT NOT NULL DEFAULT '',
    "hotSpots" TEXT NOT NULL DEFAULT '',
    "conclusions" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "statusReason" TEXT,
    "minutesIssuer" TEXT,
    "minutesYear" INTEGER,
    "minutesNumber" INTEGER,
    "minutesLabel" TEXT,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "minutesScanId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_secretaryId_fkey" FOREIGN KEY ("secretaryId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_minutesScanId_fkey" FOREIGN KEY ("minutesScanId") REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL DEFAULT true,
    "absenceReason" TEXT,
    "attendees" INTEGER,
    CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "workGroupId" TEXT,
    "content" TEXT NOT NULL DEFAULT '',
    "taskId" TEXT,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_workGroupId_fkey" FOREIGN KEY ("workGroupId") REFERENCES "WorkGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "meetingId" TEXT,
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
    CONSTRAINT "Task_workGroupId_fkey" FOREIGN KEY ("workGroupId") REFERENCES "WorkGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_transferredFromId_fkey" FOREIGN KEY ("transferredFromId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskCoOwner" (
    "taskId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("taskId", "organisationId"),
    CONSTRAINT "TaskCoOwner_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TaskCoOwner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingWeekRollup" (
    "unitId" TEXT NOT NULL,
    "weekStart" DATETIME NOT NULL,
    "held" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "weekStart"),
    CONSTRAINT "MeetingWeekRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskDueRollup" (
    "unitId" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "reported" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "dueOn"),
    CONSTRAINT "TaskDueRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "issuer" TEXT NOT NULL,
    "docType" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("issuer", "docType", "year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_submissionId_key" ON "Meeting"("submissionId");

-- CreateIndex
CREATE INDEX "Meeting_unitId_heldOn_idx" ON "Meeting"("unitId", "heldOn");

-- CreateIndex
CREATE INDEX "Meeting_status_idx" ON "Meeting"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_blocId_regularWeek_key" ON "Meeting"("blocId", "regularWeek");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_minutesIssuer_minutesYear_minutesNumber_key" ON "Meeting"("minutesIssuer", "minutesYear", "minutesNumber");

-- CreateIndex
CREATE INDEX "MeetingAttendance_organisationId_idx" ON "MeetingAttendance"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_organisationId_key" ON "MeetingAttendance"("meetingId", "organisationId");

-- CreateIndex
CREATE INDEX "AgendaItem_taskId_idx" ON "AgendaItem"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_taskId_key" ON "AgendaItem"("meetingId", "taskId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_kind_workGroupId_key" ON "AgendaItem"("meetingId", "kind", "workGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_submissionId_key" ON "Task"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_transferredFromId_key" ON "Task"("transferredFromId");

-- CreateIndex
CREATE INDEX "Task_unitId_status_idx" ON "Task"("unitId", "status");

-- CreateIndex
CREATE INDEX "Task_ownerId_status_idx" ON "Task"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Task_meetingId_idx" ON "Task"("meetingId");

-- CreateIndex
CREATE INDEX "Task_blocId_status_idx" ON "Task"("blocId", "status");

-- CreateIndex
CREATE INDEX "TaskCoOwner_organisationId_idx" ON "TaskCoOwner"("organisationId");

-- CreateIndex
CREATE INDEX "MeetingWeekRollup_weekStart_idx" ON "MeetingWeekRollup"("weekStart");
