-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "basis" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL DEFAULT 'TO_VERIFY',
    "basis" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "article" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "validFrom" DATETIME NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_date_key" ON "CalendarDay"("date");

-- CreateIndex
CREATE INDEX "DeadlineRule_code_validFrom_idx" ON "DeadlineRule"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineRule_code_version_key" ON "DeadlineRule"("code", "version");
