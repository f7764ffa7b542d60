-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReportIssue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "scale" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL DEFAULT '',
    "hotSpot" BOOLEAN NOT NULL DEFAULT false,
    "handling" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL,
    "citizenName" TEXT NOT NULL DEFAULT '',
    "citizenPhone" TEXT NOT NULL DEFAULT '',
    "citizenIdNumber" TEXT NOT NULL DEFAULT '',
    "citizenAddress" TEXT NOT NULL DEFAULT '',
    "citizenNameFolded" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ReportIssue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportIssue_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReportIssue" ("channel", "citizenAddress", "citizenIdNumber", "citizenName", "citizenPhone", "description", "handling", "hotSpot", "id", "location", "reportId", "scale", "sortOrder", "topicId") SELECT "channel", "citizenAddress", "citizenIdNumber", "citizenName", "citizenPhone", "description", "handling", "hotSpot", "id", "location", "reportId", "scale", "sortOrder", "topicId" FROM "ReportIssue";
DROP TABLE "ReportIssue";
ALTER TABLE "new_ReportIssue" RENAME TO "ReportIssue";
CREATE INDEX "ReportIssue_reportId_idx" ON "ReportIssue"("reportId");
CREATE INDEX "ReportIssue_topicId_idx" ON "ReportIssue"("topicId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
