-- CreateEnum
CREATE TYPE "BlocModel" AS ENUM ('DAN_VAN_BLOC', 'JOINT_ADVISORY_UNIT', 'COORDINATION_UNIT', 'DISTRICT_BLOC_AGENCY');

-- CreateEnum
CREATE TYPE "HeadRule" AS ENUM ('PARTY_DEPUTY_SECRETARY', 'PARTY_DEPUTY_SECRETARY_FRONT_CHAIR', 'FRONT_CHAIR');

-- CreateEnum
CREATE TYPE "BlocStatus" AS ENUM ('NOT_STARTED', 'PROPOSED', 'OPERATING_INFORMALLY', 'ESTABLISHED', 'RESTRUCTURING', 'SUSPENDED', 'DISSOLVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "BlocRole" AS ENUM ('HEAD', 'DEPUTY');

-- CreateTable
CREATE TABLE "DistrictBlocPolicy" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "communeModel" "BlocModel" NOT NULL,
    "headRule" "HeadRule" NOT NULL,
    "headRuleText" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DistrictBlocPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "issuer" TEXT NOT NULL,
    "family" "DocumentFamily" NOT NULL,
    "title" TEXT,
    "scanId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bloc" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "model" "BlocModel" NOT NULL,
    "status" "BlocStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusSince" TIMESTAMP(3),
    "decisionId" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bloc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocStatusChange" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "fromStatus" "BlocStatus",
    "toStatus" "BlocStatus" NOT NULL,
    "effectiveOn" TIMESTAMP(3),
    "reason" TEXT NOT NULL,
    "decisionId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocPost" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "BlocRole" NOT NULL,
    "title" TEXT NOT NULL,
    "organisationId" TEXT,
    "termStart" TIMESTAMP(3) NOT NULL,
    "termEnd" TIMESTAMP(3),
    "endedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocMember" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "joinedOn" TIMESTAMP(3) NOT NULL,
    "leftOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DistrictBlocPolicy_unitId_key" ON "DistrictBlocPolicy"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_unitId_number_issuedOn_key" ON "Decision"("unitId", "number", "issuedOn");

-- CreateIndex
CREATE INDEX "StoredFile_sha256_idx" ON "StoredFile"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Bloc_unitId_key" ON "Bloc"("unitId");

-- CreateIndex
CREATE INDEX "Bloc_status_idx" ON "Bloc"("status");

-- CreateIndex
CREATE INDEX "BlocStatusChange_blocId_createdAt_idx" ON "BlocStatusChange"("blocId", "createdAt");

-- CreateIndex
CREATE INDEX "Person_unitId_idx" ON "Person"("unitId");

-- CreateIndex
CREATE INDEX "BlocPost_blocId_idx" ON "BlocPost"("blocId");

-- CreateIndex
CREATE INDEX "BlocPost_personId_idx" ON "BlocPost"("personId");

-- CreateIndex
CREATE INDEX "BlocMember_organisationId_idx" ON "BlocMember"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "BlocMember_blocId_organisationId_joinedOn_key" ON "BlocMember"("blocId", "organisationId", "joinedOn");

-- AddForeignKey
ALTER TABLE "DistrictBlocPolicy" ADD CONSTRAINT "DistrictBlocPolicy_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bloc" ADD CONSTRAINT "Bloc_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bloc" ADD CONSTRAINT "Bloc_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocStatusChange" ADD CONSTRAINT "BlocStatusChange_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocStatusChange" ADD CONSTRAINT "BlocStatusChange_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocPost" ADD CONSTRAINT "BlocPost_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocPost" ADD CONSTRAINT "BlocPost_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocPost" ADD CONSTRAINT "BlocPost_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocMember" ADD CONSTRAINT "BlocMember_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocMember" ADD CONSTRAINT "BlocMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
