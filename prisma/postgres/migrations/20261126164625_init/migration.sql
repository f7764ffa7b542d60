-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "UnitType" AS ENUM ('TINH', 'THANH_PHO_TW', 'THANH_PHO', 'THI_XA', 'HUYEN', 'QUAN', 'PHUONG', 'XA', 'THI_TRAN', 'DAC_KHU');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('PARTY', 'FRONT', 'SOCIO_POLITICAL', 'ASSOCIATION', 'COMMUNITY_BOARD', 'STATE');

-- CreateEnum
CREATE TYPE "DocumentFamily" AS ENUM ('PARTY', 'STATE', 'FRONT');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "UnitType" NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitLineage" (
    "id" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "whole" BOOLEAN NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitLineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationType" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "blocMember" BOOLEAN NOT NULL,
    "seededForAll" BOOLEAN NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkGroup" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "family" "DocumentFamily" NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "target" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_path_key" ON "Unit"("path");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_level_validFrom_validTo_idx" ON "Unit"("level", "validFrom", "validTo");

-- CreateIndex
CREATE INDEX "Unit_searchText_idx" ON "Unit"("searchText");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_validFrom_key" ON "Unit"("code", "validFrom");

-- CreateIndex
CREATE INDEX "UnitLineage_successorId_idx" ON "UnitLineage"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitLineage_predecessorId_successorId_key" ON "UnitLineage"("predecessorId", "successorId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationType_code_key" ON "OrganisationType"("code");

-- CreateIndex
CREATE INDEX "Organisation_typeId_idx" ON "Organisation"("typeId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_unitId_typeId_validFrom_key" ON "Organisation"("unitId", "typeId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "WorkGroup_code_key" ON "WorkGroup"("code");

-- CreateIndex
CREATE UNIQUE INDEX "WorkGroup_sortOrder_key" ON "WorkGroup"("sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_number_key" ON "LegalDocument"("number");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "OrganisationType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
