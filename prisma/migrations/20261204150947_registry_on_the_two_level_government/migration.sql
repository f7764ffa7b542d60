-- AlterTable
ALTER TABLE "Bloc" ADD COLUMN "headRule" TEXT;
ALTER TABLE "Bloc" ADD COLUMN "headRuleReason" TEXT;

-- CreateTable
CREATE TABLE "OrganisationAffiliation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memberTypeId" TEXT NOT NULL,
    "parentTypeId" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validTo" DATETIME,
    "legalBasis" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganisationAffiliation_memberTypeId_fkey" FOREIGN KEY ("memberTypeId") REFERENCES "OrganisationType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrganisationAffiliation_parentTypeId_fkey" FOREIGN KEY ("parentTypeId") REFERENCES "OrganisationType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BlocPost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "partyDeputySecretary" BOOLEAN NOT NULL DEFAULT false,
    "frontChair" BOOLEAN NOT NULL DEFAULT false,
    "ruleMismatchReason" TEXT,
    "organisationId" TEXT,
    "termStart" DATETIME NOT NULL,
    "termEnd" DATETIME,
    "endedReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BlocPost_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BlocPost_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BlocPost_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_BlocPost" ("blocId", "createdAt", "endedReason", "id", "organisationId", "personId", "role", "termEnd", "termStart", "title") SELECT "blocId", "createdAt", "endedReason", "id", "organisationId", "personId", "role", "termEnd", "termStart", "title" FROM "BlocPost";
DROP TABLE "BlocPost";
ALTER TABLE "new_BlocPost" RENAME TO "BlocPost";
CREATE INDEX "BlocPost_blocId_idx" ON "BlocPost"("blocId");
CREATE INDEX "BlocPost_personId_idx" ON "BlocPost"("personId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OrganisationAffiliation_parentTypeId_idx" ON "OrganisationAffiliation"("parentTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationAffiliation_memberTypeId_parentTypeId_validFrom_key" ON "OrganisationAffiliation"("memberTypeId", "parentTypeId", "validFrom");

-- The offices a recorded head holds were only in the title's text until now: read them from it once, so
-- that heads recorded before this change are checked against their bloc's head rule like new ones.
UPDATE "BlocPost" SET "partyDeputySecretary" = true WHERE "title" LIKE '%Phó Bí thư%';
UPDATE "BlocPost" SET "frontChair" = true WHERE "title" LIKE '%Chủ tịch%MTTQ%' OR "title" LIKE '%Chủ tịch Ủy ban Mặt trận%';
