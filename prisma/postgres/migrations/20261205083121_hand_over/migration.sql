-- CreateEnum
CREATE TYPE "HandOverKind" AS ENUM ('TASK', 'RECOMMENDATION', 'REPORT', 'SUPERVISION_PLAN', 'SUPERVISION_ACTIVITY', 'CRITICISM_CASE', 'BLOC', 'ROLE_ASSIGNMENT');

-- CreateTable
CREATE TABLE "HandOver" (
    "id" TEXT NOT NULL,
    "kind" "HandOverKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "appliedOn" TIMESTAMP(3) NOT NULL,
    "appliedById" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "versionAfter" INTEGER NOT NULL,
    "reversedOn" TIMESTAMP(3),
    "reversedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandOver_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HandOver_fromUnitId_effectiveOn_idx" ON "HandOver"("fromUnitId", "effectiveOn");

-- CreateIndex
CREATE INDEX "HandOver_toUnitId_idx" ON "HandOver"("toUnitId");

-- CreateIndex
CREATE INDEX "HandOver_kind_itemId_idx" ON "HandOver"("kind", "itemId");

-- AddForeignKey
ALTER TABLE "HandOver" ADD CONSTRAINT "HandOver_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandOver" ADD CONSTRAINT "HandOver_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
