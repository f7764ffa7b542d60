-- CreateTable
CREATE TABLE "AreaMonthRollup" (
    "unitId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "held" INTEGER NOT NULL DEFAULT 0,
    "communesMeeting" INTEGER NOT NULL DEFAULT 0,
    "tasksAssigned" INTEGER NOT NULL DEFAULT 0,
    "recSent" INTEGER NOT NULL DEFAULT 0,
    "recAnswered" INTEGER NOT NULL DEFAULT 0,
    "recAnsweredOnTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AreaMonthRollup_pkey" PRIMARY KEY ("unitId","month")
);

-- CreateTable
CREATE TABLE "ReportPeriodRollup" (
    "unitId" TEXT NOT NULL,
    "regimeId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "reporterLevel" TEXT NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportPeriodRollup_pkey" PRIMARY KEY ("unitId","regimeId","periodKey","reporterLevel")
);

-- CreateIndex
CREATE INDEX "AreaMonthRollup_month_idx" ON "AreaMonthRollup"("month");

-- AddForeignKey
ALTER TABLE "AreaMonthRollup" ADD CONSTRAINT "AreaMonthRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPeriodRollup" ADD CONSTRAINT "ReportPeriodRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPeriodRollup" ADD CONSTRAINT "ReportPeriodRollup_regimeId_fkey" FOREIGN KEY ("regimeId") REFERENCES "ReportingRegime"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
