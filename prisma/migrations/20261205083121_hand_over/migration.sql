-- CreateTable
CREATE TABLE "HandOver" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "effectiveOn" DATETIME NOT NULL,
    "appliedOn" DATETIME NOT NULL,
    "appliedById" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "versionAfter" INTEGER NOT NULL,
    "reversedOn" DATETIME,
    "reversedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HandOver_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HandOver_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HandOver_fromUnitId_effectiveOn_idx" ON "HandOver"("fromUnitId", "effectiveOn");

-- CreateIndex
CREATE INDEX "HandOver_toUnitId_idx" ON "HandOver"("toUnitId");

-- CreateIndex
CREATE INDEX "HandOver_kind_itemId_idx" ON "HandOver"("kind", "itemId");
