-- AlterTable
ALTER TABLE "SkilfulModel" ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT,
ADD COLUMN     "totalScore" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "ModelYear" (
    "year" INTEGER NOT NULL,
    "passThreshold" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "ModelCriterion" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ModelCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelScore" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "ModelScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelCriterion_year_name_key" ON "ModelCriterion"("year", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ModelScore_modelId_criterionId_key" ON "ModelScore"("modelId", "criterionId");

-- AddForeignKey
ALTER TABLE "ModelCriterion" ADD CONSTRAINT "ModelCriterion_year_fkey" FOREIGN KEY ("year") REFERENCES "ModelYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelScore" ADD CONSTRAINT "ModelScore_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "SkilfulModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelScore" ADD CONSTRAINT "ModelScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ModelCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
