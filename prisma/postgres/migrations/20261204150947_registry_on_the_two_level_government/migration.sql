-- AlterTable
ALTER TABLE "Bloc" ADD COLUMN     "headRule" "HeadRule",
ADD COLUMN     "headRuleReason" TEXT;

-- AlterTable
ALTER TABLE "BlocPost" ADD COLUMN     "frontChair" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "partyDeputySecretary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ruleMismatchReason" TEXT;

-- CreateTable
CREATE TABLE "OrganisationAffiliation" (
    "id" TEXT NOT NULL,
    "memberTypeId" TEXT NOT NULL,
    "parentTypeId" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),
    "legalBasis" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationAffiliation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationAffiliation_parentTypeId_idx" ON "OrganisationAffiliation"("parentTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationAffiliation_memberTypeId_parentTypeId_validFrom_key" ON "OrganisationAffiliation"("memberTypeId", "parentTypeId", "validFrom");

-- AddForeignKey
ALTER TABLE "OrganisationAffiliation" ADD CONSTRAINT "OrganisationAffiliation_memberTypeId_fkey" FOREIGN KEY ("memberTypeId") REFERENCES "OrganisationType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationAffiliation" ADD CONSTRAINT "OrganisationAffiliation_parentTypeId_fkey" FOREIGN KEY ("parentTypeId") REFERENCES "OrganisationType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The offices a recorded head holds were only in the title's text until now: read them from it once, so
-- that heads recorded before this change are checked against their bloc's head rule like new ones.
UPDATE "BlocPost" SET "partyDeputySecretary" = true WHERE "title" LIKE '%Phó Bí thư%';
UPDATE "BlocPost" SET "frontChair" = true WHERE "title" LIKE '%Chủ tịch%MTTQ%' OR "title" LIKE '%Chủ tịch Ủy ban Mặt trận%';
