-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "submittedAt" DATETIME;
ALTER TABLE "Meeting" ADD COLUMN "submittedById" TEXT;

-- CreateTable
CREATE TABLE "DualPost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DualPost_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DualPost_unitId_userId_key" ON "DualPost"("unitId", "userId");
