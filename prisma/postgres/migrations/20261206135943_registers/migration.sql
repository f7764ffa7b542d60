-- CreateEnum
CREATE TYPE "IssuingBodyKind" AS ENUM ('PARTY_COMMITTEE', 'FRONT_COMMITTEE');

-- CreateEnum
CREATE TYPE "RegisterKind" AS ENUM ('MINUTES', 'REPORT', 'CRITICISM', 'PLAN', 'CONCLUSION');

-- CreateEnum
CREATE TYPE "RegisterEntryStatus" AS ENUM ('ISSUED', 'VOIDED');

-- CreateTable
CREATE TABLE "IssuingBody" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "IssuingBodyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "family" "DocumentFamily" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IssuingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRegister" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "RegisterKind" NOT NULL,
    "startNumber" INTEGER NOT NULL DEFAULT 1,
    "nextNumber" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "id" TEXT NOT NULL,
    "registerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "signerName" TEXT NOT NULL DEFAULT '',
    "signerPost" TEXT NOT NULL DEFAULT '',
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "RegisterEntryStatus" NOT NULL DEFAULT 'ISSUED',
    "voidReason" TEXT,
    "voidedAt" TIMESTAMP(3),
    "voidedById" TEXT,
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuingBody_unitId_kind_key" ON "IssuingBody"("unitId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegister_bodyId_year_kind_key" ON "DocumentRegister"("bodyId", "year", "kind");

-- CreateIndex
CREATE INDEX "RegisterEntry_entityType_entityId_idx" ON "RegisterEntry"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "RegisterEntry_registerId_number_key" ON "RegisterEntry"("registerId", "number");

-- AddForeignKey
ALTER TABLE "IssuingBody" ADD CONSTRAINT "IssuingBody_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRegister" ADD CONSTRAINT "DocumentRegister_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_registerId_fkey" FOREIGN KEY ("registerId") REFERENCES "DocumentRegister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
