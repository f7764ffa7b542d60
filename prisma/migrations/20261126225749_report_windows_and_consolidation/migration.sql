-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReportingRegime" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "periodType" TEXT NOT NULL,
    "windowRule" TEXT NOT NULL,
    "windowFromDay" INTEGER,
    "windowFromPrevMonth" BOOLEAN NOT NULL DEFAULT false,
    "windowToDay" INTEGER,
    "reporterLevel" TEXT NOT NULL,
    "deadlineRuleCode" TEXT NOT NULL,
    "onTimeRule" TEXT NOT NULL DEFAULT 'Gửi lần đầu không muộn hơn ngày hết hạn',
    "legalBasis" TEXT NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ReportingRegime" ("active", "code", "createdAt", "deadlineRuleCode", "id", "kind", "legalBasis", "name", "onTimeRule", "periodType", "reporterLevel", "startsOn", "updatedAt", "version", "windowRule") SELECT "active", "code", "createdAt", "deadlineRuleCode", "id", "kind", "legalBasis", "name", "onTimeRule", "periodType", "reporterLevel", "startsOn", "updatedAt", "version", "windowRule" FROM "ReportingRegime";
DROP TABLE "ReportingRegime";
ALTER TABLE "new_ReportingRegime" RENAME TO "ReportingRegime";
CREATE UNIQUE INDEX "ReportingRegime_code_key" ON "ReportingRegime"("code");
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "regimeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "windowFrom" DATETIME NOT NULL,
    "windowTo" DATETIME NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "deadlineRuleId" TEXT NOT NULL,
    "dueToVerify" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "firstSubmittedOn" DATETIME,
    "submittedOn" DATETIME,
    "acceptedAt" DATETIME,
    "generalMood" TEXT NOT NULL DEFAULT '',
    "forecast" TEXT NOT NULL DEFAULT '',
    "blocWork" TEXT NOT NULL DEFAULT '{}',
    "consolidatedFrom" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Report_regimeId_fkey" FOREIGN KEY ("regimeId") REFERENCES "ReportingRegime" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("acceptedAt", "blocWork", "createdAt", "createdById", "deadlineRuleId", "dueOn", "dueToVerify", "firstSubmittedOn", "forecast", "generalMood", "id", "periodEnd", "periodKey", "periodStart", "recipientId", "regimeId", "status", "submissionId", "submittedOn", "unitId", "updatedAt", "version", "windowFrom", "windowTo") SELECT "acceptedAt", "blocWork", "createdAt", "createdById", "deadlineRuleId", "dueOn", "dueToVerify", "firstSubmittedOn", "forecast", "generalMood", "id", "periodEnd", "periodKey", "periodStart", "recipientId", "regimeId", "status", "submissionId", "submittedOn", "unitId", "updatedAt", "version", "windowFrom", "windowTo" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE UNIQUE INDEX "Report_submissionId_key" ON "Report"("submissionId");
CREATE INDEX "Report_recipientId_status_idx" ON "Report"("recipientId", "status");
CREATE INDEX "Report_unitId_periodEnd_idx" ON "Report"("unitId", "periodEnd");
CREATE UNIQUE INDEX "Report_regimeId_unitId_periodKey_key" ON "Report"("regimeId", "unitId", "periodKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
