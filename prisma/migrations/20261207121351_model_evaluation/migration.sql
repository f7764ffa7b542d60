-- AlterTable
ALTER TABLE "SkilfulModel" ADD COLUMN "reviewComment" TEXT;
ALTER TABLE "SkilfulModel" ADD COLUMN "reviewedAt" DATETIME;
ALTER TABLE "SkilfulModel" ADD COLUMN "reviewedById" TEXT;
ALTER TABLE "SkilfulModel" ADD COLUMN "totalScore" REAL;

-- CreateTable
CREATE TABLE "ModelYear" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "passThreshold" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ModelCriterion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "ModelCriterion_year_fkey" FOREIGN KEY ("year") REFERENCES "ModelYear" ("year") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "modelId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    CONSTRAINT "ModelScore_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "SkilfulModel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ModelCriterion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelCriterion_year_name_key" ON "ModelCriterion"("year", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ModelScore_modelId_criterionId_key" ON "ModelScore"("modelId", "criterionId");
