-- DropIndex
DROP INDEX "MeetingWeekRollup_weekStart_idx";

-- DropIndex
DROP INDEX "SupervisionMonthRollup_month_idx";

-- DropIndex
DROP INDEX "AreaMonthRollup_month_idx";
