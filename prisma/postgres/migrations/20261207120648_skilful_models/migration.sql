-- CreateEnum
CREATE TYPE "ModelField" AS ENUM ('ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'PARTY_GOVERNMENT');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('REGISTERED', 'RETURNED', 'ACCEPTED', 'NOT_ACCEPTED');

-- CreateTable
CREATE TABLE "SkilfulModel" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "organisationId" TEXT,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "field" "ModelField" NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "participants" TEXT NOT NULL,
    "startOn" TIMESTAMP(3) NOT NULL,
    "goals" TEXT NOT NULL,
    "status" "ModelStatus" NOT NULL DEFAULT 'REGISTERED',
    "continuesId" TEXT,
    "submissionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkilfulModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelEvidence" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SkilfulModel_submissionId_key" ON "SkilfulModel"("submissionId");

-- CreateIndex
CREATE INDEX "SkilfulModel_year_unitId_idx" ON "SkilfulModel"("year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SkilfulModel_unitId_year_name_key" ON "SkilfulModel"("unitId", "year", "name");

-- CreateIndex
CREATE INDEX "ModelEvidence_modelId_idx" ON "ModelEvidence"("modelId");

-- AddForeignKey
ALTER TABLE "SkilfulModel" ADD CONSTRAINT "SkilfulModel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkilfulModel" ADD CONSTRAINT "SkilfulModel_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkilfulModel" ADD CONSTRAINT "SkilfulModel_continuesId_fkey" FOREIGN KEY ("continuesId") REFERENCES "SkilfulModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelEvidence" ADD CONSTRAINT "ModelEvidence_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "SkilfulModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelEvidence" ADD CONSTRAINT "ModelEvidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
