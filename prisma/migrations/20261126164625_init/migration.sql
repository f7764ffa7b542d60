-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validTo" DATETIME,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UnitLineage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "whole" BOOLEAN NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UnitLineage_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UnitLineage_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganisationType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "blocMember" BOOLEAN NOT NULL,
    "seededForAll" BOOLEAN NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validTo" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Organisation_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "OrganisationType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL,
    "target" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
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
