-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'DAY_OFF', 'WORKDAY');

-- CreateEnum
CREATE TYPE "CalendarSource" AS ENUM ('STATUTORY', 'ANNOUNCEMENT');

-- CreateEnum
CREATE TYPE "CalendarYearStatus" AS ENUM ('TO_VERIFY', 'VERIFIED');

-- CreateEnum
CREATE TYPE "DeadlineUnit" AS ENUM ('CALENDAR_DAYS', 'WORKING_DAYS');

-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "source" "CalendarSource" NOT NULL,
    "basis" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "status" "CalendarYearStatus" NOT NULL DEFAULT 'TO_VERIFY',
    "basis" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "unit" "DeadlineUnit" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "article" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_date_key" ON "CalendarDay"("date");

-- CreateIndex
CREATE INDEX "DeadlineRule_code_validFrom_idx" ON "DeadlineRule"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineRule_code_version_key" ON "DeadlineRule"("code", "version");
