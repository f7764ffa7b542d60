-- CreateEnum
CREATE TYPE "ModelLevel" AS ENUM ('COMMUNE', 'PROVINCE');

-- AlterEnum
ALTER TYPE "RegisterKind" ADD VALUE 'DECISION';

-- CreateTable
CREATE TABLE "ModelRecognition" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "level" "ModelLevel" NOT NULL,
    "entryId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "recognisedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelRecognition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelRecognition_modelId_level_key" ON "ModelRecognition"("modelId", "level");

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "SkilfulModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
